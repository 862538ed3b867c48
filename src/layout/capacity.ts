/**
 * The most stands one themed room may hold. A room grows with its stands (`themedRoomSize`), so the layout could place
 * more; this is the count `npm run bench` holds the 3D view's draw-call budget to (its stress exhibition puts them all
 * in one room), so a room past it is unmeasured.
 */
export const MAX_STANDS_PER_ROOM = 90

/** The most stands in a whole exhibition measured within the budget: the same stress exhibition's. */
export const MAX_STANDS_MEASURED = 90
