import JsBarcode from 'jsbarcode';
import { useEffect, useRef } from 'react';

/** Code 128 of the slip number, drawn as SVG so it stays sharp on any printer. */
export function SlipBarcode({ value }: { value: string }) {
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (ref.current)
      JsBarcode(ref.current, value, { format: 'CODE128', width: 1.3, height: 46, fontSize: 12, margin: 0 });
  }, [value]);
  return <svg ref={ref} role="img" aria-label={value} />;
}
