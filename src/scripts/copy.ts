/**
 * Copy buttons and links on a bulletin page:
 * - `[data-copy-anchor]` (each measure's "Copy link") copies the bulletin's short
 *   link with that measure's anchor;
 * - `[data-copy-from]` copies the text of the element it names (the citation);
 * - `[data-copy-text]` copies its value (the short link).
 * Where the Clipboard API is missing or refused (an old browser, a page not
 * served over HTTPS), the text is shown selected in a field for Ctrl+C instead.
 *
 * The citation's access date (`[data-access-date]`) is the build date in the
 * page as served; this script sets it to the reader's today, on the page and
 * again at the moment of copying, so a citation pasted into a memo says when
 * its reader looked.
 */

import { calendarDay, citationDate, type DateStyle } from '../lib/digest/citation-dates';

/**
 * Today's date as each citation style writes it: GB/T 7714 "2026-12-02"
 * (YYYY-MM-DD), Chicago "December 2, 2026", by the code the build uses.
 */
export function accessDateText(now: Date, style: DateStyle): string {
  return citationDate(calendarDay(now), style);
}

/** Sets every access date under `root` to today, in the style it is written in. */
export function refreshAccessDates(root: ParentNode, now: Date = new Date()): void {
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-access-date]')) {
    time.dateTime = accessDateText(now, 'iso');
    time.textContent = accessDateText(now, time.dataset['accessDate'] === 'chicago' ? 'chicago' : 'iso');
  }
}

interface Strings {
  copied: string;
  announce: string;
  fallback: string;
  fallbackLabel: string;
}

function textFor(control: HTMLElement, permalink: string): string {
  const { copyAnchor, copyFrom, copyText } = control.dataset;
  if (copyAnchor) return `${permalink}#${copyAnchor}`;
  if (copyFrom) {
    const source = document.getElementById(copyFrom);
    if (!source) return '';
    refreshAccessDates(source); // the page may have been open since yesterday
    return source.textContent?.trim() ?? '';
  }
  return copyText ?? '';
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows the text selected in a read-only field next to the control, for the reader to copy by hand. */
function showFallback(control: HTMLElement, text: string, strings: Strings): void {
  control.parentElement?.querySelector('.copy-fallback')?.remove();
  const box = document.createElement('span');
  box.className = 'copy-fallback';
  const field = document.createElement('input');
  field.readOnly = true;
  field.value = text;
  field.setAttribute('aria-label', strings.fallbackLabel);
  const hint = document.createElement('span');
  hint.className = 'copy-fallback__hint';
  hint.textContent = strings.fallback;
  box.append(field, hint);
  control.after(box);
  field.focus();
  field.select();
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      box.remove();
      control.focus();
    }
  });
}

export function attachCopyControls(root: HTMLElement): void {
  const permalink = root.dataset['permalink'] ?? location.href.split('#')[0]!;
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const strings: Strings = {
    copied: root.dataset['copied'] ?? 'Copied',
    announce: root.dataset['copiedAnnounce'] ?? '',
    fallback: root.dataset['copyFallback'] ?? '',
    fallbackLabel: root.dataset['copyFallbackLabel'] ?? '',
  };
  refreshAccessDates(root);
  for (const control of root.querySelectorAll<HTMLElement>('[data-copy-anchor], [data-copy-from], [data-copy-text]')) {
    control.hidden = false; // buttons are hidden until this script can make them work
    control.addEventListener('click', async (event) => {
      event.preventDefault();
      const text = textFor(control, permalink);
      if (!(await writeClipboard(text))) return showFallback(control, text, strings);
      const label = control.textContent;
      control.textContent = strings.copied;
      control.classList.add('is-copied');
      // A control may say what it copied (the citation); otherwise the link copied is announced.
      if (status) status.textContent = control.dataset['copiedAnnounce'] ?? strings.announce.replace('{url}', text);
      setTimeout(() => {
        control.textContent = label;
        control.classList.remove('is-copied');
      }, 2000);
    });
  }
}
