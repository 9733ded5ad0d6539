import type { AstroIntegration } from 'astro';

/**
 * The theme script, run in <head> before the first paint:
 * - marks the page as having JavaScript (.js), so controls that need it take
 *   their space at once, without a layout shift;
 * - applies the saved colour theme, so a reader who chose dark never sees a
 *   light flash;
 * - handles the toggle (ThemeToggle.astro) by delegation, since the button is
 *   not parsed yet.
 * Injected as a head-inline script so Astro's CSP hashes it.
 */
// Kept small and hand-compacted: it is inline in every page. `d` is <html>.
const themeScript = [
  "var d=document.documentElement;d.classList.add('js');",
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}",
  "function k(){return d.dataset.theme?d.dataset.theme==='dark':matchMedia('(prefers-color-scheme: dark)').matches}",
  "function s(){var b=document.getElementById('theme-toggle');b&&b.setAttribute('aria-pressed',String(k()))}",
  "document.addEventListener('DOMContentLoaded',s);",
  "document.addEventListener('click',function(e){if(!e.target.closest('#theme-toggle'))return;",
  "d.dataset.theme=k()?'light':'dark';try{localStorage.setItem('theme',d.dataset.theme)}catch(e){}s()})",
].join('');

export function themeIntegration(): AstroIntegration {
  return {
    name: 'site:theme',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', themeScript);
      },
    },
  };
}
