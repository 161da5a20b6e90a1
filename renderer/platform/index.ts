import { bundledSamples } from './bundled-samples';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform, electronBridge } from './electron-platform';
import type { AppPlatform } from './platform';

export function detectPlatform(): AppPlatform {
  const bridge = electronBridge();
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform(bundledSamples, window.location);
}
