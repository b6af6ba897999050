package org.govsite.migration;

import org.eclipse.osgi.util.NLS;

/** Localized messages of the migration engine (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.govsite.migration.messages"; //$NON-NLS-1$

    public static String TaskRead;
    public static String StatusFetched;
    public static String StatusRedirected;
    public static String StatusUnreachable;
    public static String StatusNotHtml;
    public static String StatusSkipped;
    public static String MirrorMissing;
    public static String MirrorUnreadable;
    public static String ListNotUrl;
    public static String ListNotDate;
    public static String FailureNotArticle;
    public static String FailureNoBody;
    public static String FailureEmptyBody;
    public static String FailureNoTitle;
    public static String RuleRedirectIncomplete;
    public static String RuleArchiveIncomplete;
    public static String RuleBadTarget;
    public static String CsvBadLines;
    public static String CsvMissingColumn;
    public static String CsvNoPattern;
    public static String CsvBadSyntax;
    public static String CsvBadOutcome;
    public static String CsvBadRegex;
    public static String TaskImport;
    public static String ImportUndated;
    public static String ImportAttachmentMissing;
    public static String ImportAttachmentDamaged;
    public static String ImportAttachmentRefused;
    public static String ImportAttachmentUnreadable;
    public static String JournalDamaged;
    public static String JournalUnwritable;
    public static String RedirectUnresolved;
    public static String RedirectNotImported;
    public static String RedirectImportFailed;
    public static String RedirectNoAddress;
    public static String ColumnUnknown;
    public static String ColumnAmbiguous;
    public static String ColumnAnySite;
    public static String RedirectDuplicateNotReady;
    public static String RedirectUnreadable;
    public static String RedirectAttachmentNotImported;
    public static String TaskArchive;
    public static String ArchiveNotPage;
    public static String ArchiveUnreadable;
    public static String ArchiveFileUnreadable;
    public static String ArchiveFileType;
    public static String ArchiveFileTooMany;
    public static String TaskNotices;
    public static String VerifyArchiveFailed;
    public static String VerifyArchiveNotLive;
    public static String VerifyArchiveNotMarked;
    public static String RedirectExtractionFailed;
    public static String TaskUploadRedirects;
    public static String TaskVerify;
    public static String VerifyRequestFailed;
    public static String VerifyNotReady;
    public static String VerifyWrongStatus;
    public static String VerifyWrongLocation;
    public static String VerifyTargetFailed;
    public static String VerifyMoved;
    public static String VerifyTargetNotLive;
    public static String VerifyRedirectedTo;
    public static String VerifyRedirectLoop;
    public static String VerifyTooManyRedirects;
    public static String VerifyGone;
    public static String VerifyGoneWithoutLink;
    public static String VerifyNotice;
    public static String VerifyNoticeWithoutLink;
    public static String NoticeTitle;
    public static String NoticeText;
    public static String NoticeDate;
    public static String NoticeTooShort;
    public static String NoticeNoSite;
    public static String TopicUnknown;
    public static String TopicAmbiguous;
    public static String RuleTopicsNotImported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
