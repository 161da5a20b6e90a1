import { bundledSamples } from './bundled-samples';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform, electronBridge } from './electron-platform';
import type { Platform } from './platform';

export function detectPlatform(): Platform {
  const bridge = electronBridge();
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform(bundledSamples, window.location);
}
