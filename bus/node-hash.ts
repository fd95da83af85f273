/** The seed of node id hashes carried in bus messages (any fixed value; the same everywhere). */
export const kNodeHashSeed = 0x0de5;
