package io.ghlsync.sync.mirror;

/** The two sides of a mirrored pair: HighLevel, and the app the pair mirrors it with (PushPress, the generic app). */
enum Side {
    GHL, APP;

    Side other() {
        return this == GHL ? APP : GHL;
    }
}
