package io.jplr.faultinjector;

/** An object of jPLR's own that an application class happens to reach: the heap fault model leaves it alone. */
public final class JplrState {
    public int count = 1;
}
