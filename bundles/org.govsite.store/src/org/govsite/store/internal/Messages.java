package org.govsite.store.internal;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the store (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.govsite.store.internal.messages";

    public static String OpenFailed;
    public static String InUse;
    public static String NewerSchema;
    public static String Closed;
    public static String CloseFailed;
    public static String ListFailed;
    public static String LoadFailed;
    public static String SaveFailed;
    public static String DeleteFailed;
    public static String DuplicateId;
    public static String MissingId;
    public static String MissingOwner;
    public static String UnknownLiteral;
    public static String TaskLoad;
    public static String TaskSave;
    public static String WriteFailed;
    public static String ReadFailed;
    public static String FileProblem;
    public static String NotAPlatform;
    public static String JsonFormat;
    public static String UnknownField;
    public static String Expected;
    public static String UnknownEnum;
    public static String BadDate;
    public static String Unresolved;
    public static String DuplicateFileId;
    public static String MissingFileId;
    public static String ExpectString;
    public static String ExpectNumber;
    public static String ExpectBoolean;
    public static String ExpectObject;
    public static String ExpectArray;
    public static String ReplicaReadFailed;
    public static String ReplicaWriteFailed;
    public static String ReplicaClosed;
    public static String ReplicaNoEntry;
    public static String ReplicaBadJson;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
