import type { AstroIntegration } from 'astro';

/**
 * Runs before the first paint: marks the page as having JavaScript (so
 * controls that need it take their space at once, without a layout shift) and
 * applies the saved colour theme (so a reader who chose dark never sees a light
 * flash). Injected as a head-inline script so Astro's CSP hashes it; the toggle
 * button (ThemeToggle.astro) writes the same key.
 */
const applySavedTheme = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export function themeIntegration(): AstroIntegration {
  return {
    name: 'site:theme',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', applySavedTheme);
      },
    },
  };
}
