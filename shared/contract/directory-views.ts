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
  opensAt: string;
  closesAt: string;
  note: string;
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
