package io.revisio.content.search;

/**
 * How relevant a hit is, best first: the words are in the stem; they are only in the options, tags or
 * explanation; or words of the stem are only spelt like them. Within a tier the newest update comes
 * first. Tiers rather than a score for every hit: scoring means reading
 * every match, and a word found in most questions would then take seconds instead of milliseconds.
 */
enum Tier {
    STEM, ELSEWHERE, SIMILAR, NEWEST
}
