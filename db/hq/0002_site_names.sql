-- Head office (issue 15): each site's name as its counters publish it (the `site` record's `name`), so reports
-- name a site, not only its code. Filled from the events already projected; the projector keeps it current.

alter table hq_sites add column name text;

update hq_sites s set name = (
  select e.data ->> 'name' from hq_events e
  where e.site = s.site and e.entity = 'site' and e.data ? 'name'
  order by e.stream_seq desc limit 1
);
