package io.revisio.content.search;

/**
 * How relevant a hit is, best first: the words are in the stem; they are only in the options, tags or
 * explanation; or a word of the stem is only spelt like them. Within a word tier the newest update comes
 * first, within SIMILAR the closest spelling. Tiers rather than a score for every hit: scoring means reading
 * every match, and a word found in most questions would then take seconds instead of milliseconds.
 */
enum Tier {
    STEM, ELSEWHERE, SIMILAR, NEWEST
}
