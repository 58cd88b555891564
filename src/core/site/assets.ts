/** The site's static files: stylesheet, script (bundled as text) and icon. */
import siteJs from './assets/site.js?raw';

export { SITE_CSS } from './assets/site-css.js';
export const SITE_JS: string = siteJs;

export const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a5fc4"/>' +
  '<path d="M8 22V10l8 7 8-7v12" fill="none" stroke="#fff" stroke-width="3" stroke-linejoin="round" stroke-linecap="round"/></svg>\n';
