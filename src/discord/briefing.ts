import { briefingMessages } from '../briefing/index.ts';
import type { BuildBriefing } from '../schedule/deliver.ts';

/** The one briefing builder for /briefing and scheduled posts: compose (store → Briefing) then render (→ messages). */
export const buildBriefing: BuildBriefing = (db, w) => briefingMessages(db, w);
