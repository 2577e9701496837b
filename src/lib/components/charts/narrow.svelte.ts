import { MediaQuery } from 'svelte/reactivity';

/**
 * The one "narrow screen" of every chart (shorter labels, fewer ticks): charts and pages read
 * `narrowScreen.current` instead of binding the window's width each (false while rendering on the server).
 */
export const NARROW_QUERY = 'max-width: 700px';
export const narrowScreen = new MediaQuery(NARROW_QUERY, false);
