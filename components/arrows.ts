/** Arrows that mean "back" (newer) and "on" (older, more): they point the other way in a right-to-left page. */
export const arrows = (dir: 'ltr' | 'rtl') => (dir === 'rtl' ? { back: '→', forward: '←' } : { back: '←', forward: '→' });
