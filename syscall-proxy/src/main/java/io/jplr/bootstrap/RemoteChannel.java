package io.jplr.bootstrap;

/** A replica's channel whose real channel the master holds, under this handle. */
interface RemoteChannel {
    int handle();
}
