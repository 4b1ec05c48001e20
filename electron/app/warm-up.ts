import { contract } from '../../shared/contract/registry';
import { fullPinyin, pinyinInitials } from '../services/search/keys';

/** Channels whose input schema is compiled per turn of the event loop: a few milliseconds a turn. */
const CHANNELS_PER_TURN = 4;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What the first call of each kind pays once and every later call finds done: zod compiles each input schema on its
 * first parse, and pinyin-pro builds its dictionary on its first name (together 100–300 ms on the bench machine,
 * all of it in the first save after a start, bench/results.md). Done just after start, a few schemas per turn of the
 * event loop, while the clerk types the PIN; `shouldStop` ends it early (the desk closing).
 */
export async function warmUp(shouldStop: () => boolean = () => false): Promise<number> {
  const schemas = Object.values(contract).map((spec) => spec.input);
  let parsed = 0;
  for (let i = 0; i < schemas.length; i += CHANNELS_PER_TURN) {
    await nextTurn();
    if (shouldStop()) return parsed;
    for (const schema of schemas.slice(i, i + CHANNELS_PER_TURN)) {
      // The outcome does not matter (most refuse an empty input); the parse compiles the schema.
      schema.safeParse({});
      parsed += 1;
    }
  }
  await nextTurn();
  if (!shouldStop()) {
    pinyinInitials('王芳');
    fullPinyin('王芳');
  }
  return parsed;
}
