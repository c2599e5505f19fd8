/** Types for scripts/make-icons.js. */
export const ICON_SIZES: number[];
/** RGBA pixels of the icon at a size, row by row. */
export function renderIcon(size: number): Buffer;
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function iconPng(size: number): Buffer;
export function writeIcons(assetsDir: string): string[];
