import type { AstroIntegration } from 'astro';

/**
 * Sets the colour theme before the first paint, so a reader who chose dark
 * never sees a light flash. Injected as a head-inline script so Astro's CSP
 * hashes it; the toggle button (ThemeToggle.astro) writes the same key.
 */
const applySavedTheme = `try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

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
