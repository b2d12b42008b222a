package io.eddy.shell;

/**
 * Which rows a full-screen view shows: it follows the newest rows until the user scrolls, then
 * stays on the rows scrolled to (clamped as rows come and go) until scrolled back to the end.
 */
final class Viewport {

    private int first = -1;

    /** The index of the first row to show among {@code size} rows, {@code height} of them fitting. */
    int first(int size, int height) {
        int last = Math.max(0, size - height);
        return first < 0 ? last : Math.min(first, last);
    }

    /** Whether the view follows the newest rows. */
    boolean following() {
        return first < 0;
    }

    /** Moves by one key; returns whether the key was a scrolling key. */
    boolean move(ViewKey key, int size, int height) {
        int now = first(size, height);
        int last = Math.max(0, size - height);
        int page = Math.max(1, height);
        int target = switch (key) {
            case UP -> now - 1;
            case DOWN -> now + 1;
            case PAGE_UP -> now - page;
            case PAGE_DOWN -> now + page;
            case TOP -> 0;
            case BOTTOM -> last;
            default -> Integer.MIN_VALUE;
        };
        if (target == Integer.MIN_VALUE) {
            return false;
        }
        target = Math.max(0, Math.min(target, last));
        first = target >= last ? -1 : target;
        return true;
    }

    @Override
    public String toString() {
        return following() ? "Viewport[following]" : "Viewport[first=" + first + "]";
    }
}
