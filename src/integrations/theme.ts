import type { AstroIntegration } from 'astro';

/**
 * The theme script, run in <head> before the first paint:
 * - marks the page as having JavaScript (.js), so controls that need it take
 *   their space at once, without a layout shift;
 * - applies the saved colour theme (Light or Dark; nothing saved means System),
 *   so a reader who chose one never sees the other flash;
 * - handles the theme buttons (ThemeToggle.astro) by delegation, since they are
 *   not parsed yet: each click moves System → Light → Dark → System. The
 *   buttons' visible label follows data-theme through CSS, so no script runs
 *   to update it.
 * Injected as a head-inline script so Astro's CSP hashes it.
 */
// Kept small and hand-compacted: it is inline in every page. `d` is <html>.
const themeScript = [
  "var d=document.documentElement;d.classList.add('js');",
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}",
  "document.addEventListener('click',function(e){if(!e.target.closest('[data-theme-toggle]'))return;",
  "var n={light:'dark',dark:''}[d.dataset.theme||'']??'light';",
  'if(n)d.dataset.theme=n;else delete d.dataset.theme;',
  "try{n?localStorage.setItem('theme',n):localStorage.removeItem('theme')}catch(e){}})",
].join('');

export const themeIntegration = (): AstroIntegration => ({
  name: 'site:theme',
  hooks: { 'astro:config:setup': ({ injectScript }) => injectScript('head-inline', themeScript) },
});
