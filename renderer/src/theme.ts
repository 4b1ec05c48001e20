import { createTheme, Select } from '@mantine/core';

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
    // Keyboard first (UX.md): Enter on a closed select saves the form instead of opening it; typing filters the
    // options and Enter takes the first match; ArrowDown or a click opens the list.
    Select: Select.extend({ defaultProps: { searchable: true, openOnFocus: false, selectFirstOptionOnChange: true } }),
  },
});
