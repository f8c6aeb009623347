// Sandboxed preload, bundled to one CommonJS file: exposes the narrow API and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createChanceryApi } from './api.js';

contextBridge.exposeInMainWorld('chancery', createChanceryApi(ipcRenderer));
