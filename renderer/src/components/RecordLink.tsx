import { Button } from '@mantine/core';
import { useLocation } from 'wouter';

/**
 * A link from one record to another (已转投诉 TS-…, 来自电话 DH-…, 满意度调查 DC-…): the other record's name and
 * serial as a small button that opens it. `to` is an app path (`/complaints/<id>`), whatever screen shows the link.
 */
export function RecordLink({ to, children }: { to: string; children: string }) {
  const [, navigate] = useLocation();
  return (
    <Button size="compact-xs" variant="subtle" px={4} onClick={() => navigate(`~${to}`)}>
      {children}
    </Button>
  );
}
