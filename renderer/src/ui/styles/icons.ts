// The app's one icon set: Lucide's icons, bundled (only the ones named here are built in) and
// drawn as inline SVG from their element lists, so nothing is fetched and no markup string is parsed.
import { AArrowDown, AArrowUp, BookOpen, Check, CheckCheck, ChevronDown, CircleAlert, Download, Ellipsis, FileUp, FolderInput, Highlighter, Inbox, Info, Library, ListChecks, PanelRightClose, PanelRightOpen, Pencil, Printer, Search, Settings, StickyNote, SunMoon, Trash, Undo2, X, type IconNode } from 'lucide';

const ICONS = {
  'text-smaller': AArrowDown,
  'text-larger': AArrowUp,
  book: BookOpen,
  check: Check,
  'mark-read': CheckCheck,
  'chevron-down': ChevronDown,
  alert: CircleAlert,
  export: Download,
  more: Ellipsis,
  import: FileUp,
  'import-folder': FolderInput,
  highlight: Highlighter,
  inbox: Inbox,
  info: Info,
  library: Library,
  checklist: ListChecks,
  'panel-close': PanelRightClose,
  'panel-open': PanelRightOpen,
  edit: Pencil,
  print: Printer,
  find: Search,
  settings: Settings,
  note: StickyNote,
  theme: SunMoon,
  delete: Trash,
  undo: Undo2,
  close: X,
} satisfies Record<string, IconNode>;

export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as IconName[];

const SVG = 'http://www.w3.org/2000/svg';
const drawn = new Map<IconName, SVGSVGElement>();

/** A fresh copy of the icon, hidden from assistive technology: the control beside it carries the name. */
export function icon(name: IconName): SVGSVGElement {
  let template = drawn.get(name);
  if (!template) {
    template = document.createElementNS(SVG, 'svg');
    for (const [attr, value] of Object.entries({ viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', class: 'icon', 'aria-hidden': 'true', focusable: 'false' })) {
      template.setAttribute(attr, value);
    }
    for (const [tag, attrs] of ICONS[name]) {
      const child = document.createElementNS(SVG, tag);
      for (const [attr, value] of Object.entries(attrs)) child.setAttribute(attr, String(value));
      template.append(child);
    }
    drawn.set(name, template);
  }
  return template.cloneNode(true) as SVGSVGElement;
}
