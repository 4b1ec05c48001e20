import type { DirectoryCategory } from './directory-fields';

/** What the directory channels return; plain types, kept apart from the input schemas. */

export interface DirectoryShopView {
  id: string;
  version: number;
  name: string;
  category: DirectoryCategory;
  floor: string;
  unitNo: string;
  /** Canonical; empty when the shop gave none. */
  phone: string;
  /** `HH:MM`; both empty for a shop added in settings whose hours nobody has entered yet. */
  opensAt: string;
  closesAt: string;
  note: string;
  /** On the list: off once a lead voids it here or a supervisor deactivates it in settings (the same record). */
  active: boolean;
  createdAt: number;
  updatedAt: number;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface DirectoryAnswerView {
  id: string;
  version: number;
  title: string;
  keywords: string;
  body: string;
  createdAt: number;
  updatedAt: number;
  voidedAt: number | null;
  voidReason: string | null;
}

export interface DirectoryView {
  shops: DirectoryShopView[];
  answers: DirectoryAnswerView[];
}
