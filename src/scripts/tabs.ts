/**
 * Turns each <Tabs> group (Tabs.astro) into an ARIA tab list: arrow keys move
 * between tabs, the chosen tab is saved under its group's key, and every group
 * with that key, on this page and later ones, opens on the same tab. A link
 * to a heading inside a hidden panel opens that panel first.
 */
const storageKey = (key: string) => `tabs:${key}`;

function select(group: HTMLElement, label: string, focus = false): boolean {
  const tabs = [...group.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const chosen = tabs.find((tab) => tab.textContent === label);
  if (!chosen) return false;
  for (const tab of tabs) {
    const selected = tab === chosen;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !selected;
  }
  if (focus) chosen.focus();
  return true;
}

function choose(key: string, label: string, from?: HTMLElement) {
  try {
    localStorage.setItem(storageKey(key), label);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
  for (const group of document.querySelectorAll<HTMLElement>(`[data-tabs="${CSS.escape(key)}"]`))
    select(group, label, group === from);
}

function build(group: HTMLElement, index: number) {
  const key = group.dataset.tabs!;
  const panels = [...group.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', group.dataset.tabsLabel!);
  panels.forEach((panel, i) => {
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `tab-${index}-${i}`;
    panel.id ||= `tab-panel-${index}-${i}`;
    tab.setAttribute('aria-controls', panel.id);
    tab.textContent = panel.dataset.tabLabel!;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    list.append(tab);
  });
  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab) choose(key, tab.textContent!, group);
  });
  list.addEventListener('keydown', (event) => {
    const tabs = [...list.children] as HTMLElement[];
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = tabs[(tabs.indexOf(event.target as HTMLElement) + step + tabs.length) % tabs.length]!;
    choose(key, next.textContent!, group);
  });
  group.prepend(list);
  group.classList.add('tabs--enhanced');
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(storageKey(key));
  } catch {
    // No storage: start on the first tab.
  }
  if (!saved || !select(group, saved)) select(group, panels[0]!.dataset.tabLabel!);
}

function openTarget() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const panel = target && target.closest<HTMLElement>('.tab-panel[hidden]');
  if (!panel) return;
  select(panel.parentElement!, panel.dataset.tabLabel!);
  target.scrollIntoView();
}

document.querySelectorAll<HTMLElement>('[data-tabs]').forEach(build);
openTarget();
addEventListener('hashchange', openTarget);
