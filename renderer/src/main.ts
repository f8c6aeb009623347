import { themeTokens } from './ui/styles/tokens.js';
import './ui/app/app-root.js';

const style = document.createElement('style');
style.textContent = themeTokens;
document.head.append(style);
