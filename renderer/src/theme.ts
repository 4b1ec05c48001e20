import { createTheme } from '@mantine/core';

/** Chinese-first font stack for screen and print (UX.md); tabular figures keep numbers aligned in tables. */
export const FONT_STACK =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", -apple-system, "Segoe UI", sans-serif';

export const theme = createTheme({
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  components: {
    Table: { defaultProps: { verticalSpacing: 4, horizontalSpacing: 'xs', fz: 'sm' } },
  },
});

/**
 * Keyboard first (UX.md): Enter on a closed select saves the form, as on any other field. Mantine opens the list
 * instead (a select acts as a button), so Enter is taken before it reaches the select; on an open list Enter still
 * picks the highlighted option.
 */
export function submitFormOnEnterInClosedSelect(doc: Document): void {
  doc.addEventListener(
    'keydown',
    (event) => {
      const target = event.target;
      if (event.key !== 'Enter' || event.isComposing || !(target instanceof HTMLInputElement)) return;
      // data-expanded follows the open state at once; aria-expanded lags one render behind when the list first mounts.
      if (!target.classList.contains('mantine-Select-input') || target.hasAttribute('data-expanded')) return;
      if (!target.form) return;
      event.preventDefault();
      event.stopPropagation();
      target.form.requestSubmit();
    },
    true,
  );
}
