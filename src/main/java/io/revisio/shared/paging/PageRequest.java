package io.revisio.shared.paging;

/**
 * Which slice of a long, stably ordered list a caller wants: a 0-based page of 1–100 items.
 * Controllers validate the raw numbers (so bad ones become field errors); this only fills the defaults.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size 1.." + MAX_SIZE);
        }
    }

    /** The page asked for, or the first page of the default size where a number was left out. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    /** Rows to skip; a long, because page × size can exceed an int. */
    public long offset() {
        return (long) page * size;
    }
}
