package org.govsite.sync;

/**
 * What one pull or push did: changes applied ({@code pulled}), edits the server accepted ({@code pushed}), edits it
 * refused as conflicts ({@code conflicts}), edits it rejected for a reason of their own ({@code rejected}), the cursor
 * after it, and whether it stopped because the server could not be reached ({@code offline}: everything not yet done
 * stays to be done next time).
 */
public record SyncResult(int pulled, int pushed, int conflicts, int rejected, long cursor, boolean offline) {
}
