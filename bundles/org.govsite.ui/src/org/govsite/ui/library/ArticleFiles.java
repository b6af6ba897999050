package org.govsite.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.govsite.store.replica.KeptFile;
import org.govsite.ui.Controls;
import org.govsite.ui.Messages;
import org.govsite.ui.WidgetIds;

/**
 * The article dialog's image (标题图片) and attachments (附件): files chosen through the {@link AttachmentChooser},
 * read and checked at once ({@link ChosenFiles}; a refused one is named and not taken), named by their file
 * name and size, those already on the platform by their digest's start. Widget ids: {@code article.image},
 * {@code article.chooseImage}, {@code article.clearImage}, {@code article.attachments},
 * {@code article.addAttachments}, {@code article.removeAttachment}.
 */
final class ArticleFiles {

    private final AttachmentChooser chooser;
    private final Function<String, Optional<KeptFile>> kept;
    private final Runnable changed;
    private final Consumer<String> refused;
    private final Map<String, KeptFile> chosen = new LinkedHashMap<>();
    /** How each digest is named, looked up once (a kept file is read from the replica, bytes and all). */
    private final Map<String, String> labels = new HashMap<>();
    private final List<String> attachments;
    private final Label imageName;
    private final org.eclipse.swt.widgets.List attachmentList;
    private String image;

    /**
     * @param kept the file a queued edit keeps under a digest (named by its file name), if any
     * @param changed told after the image or the attachments changed
     * @param refused told why a chosen file was not taken
     */
    ArticleFiles(Composite form, AttachmentChooser chooser, Function<String, Optional<KeptFile>> kept, String image,
            List<String> attachments, Runnable changed, Consumer<String> refused) {
        this.chooser = chooser;
        this.kept = kept;
        this.changed = changed;
        this.refused = refused;
        this.image = image;
        this.attachments = new ArrayList<>(attachments);
        new Label(form, SWT.NONE).setText(Messages.Article_image);
        Composite imageRow = row(form, 3);
        imageName = WidgetIds.tag(new Label(imageRow, SWT.NONE), "article.image"); //$NON-NLS-1$
        imageName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(imageRow, "article.chooseImage", Messages.Article_chooseImage, this::chooseImage); //$NON-NLS-1$
        button(imageRow, "article.clearImage", Messages.Article_clearImage, () -> { //$NON-NLS-1$
            this.image = ""; //$NON-NLS-1$
            show();
        });
        new Label(form, SWT.NONE).setText(Messages.Article_attachments);
        Composite attachmentRow = row(form, 2);
        attachmentList = WidgetIds.tag(new org.eclipse.swt.widgets.List(attachmentRow, SWT.BORDER | SWT.SINGLE
                | SWT.V_SCROLL), "article.attachments"); //$NON-NLS-1$
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false);
        listData.heightHint = 60;
        attachmentList.setLayoutData(listData);
        Composite buttons = new Composite(attachmentRow, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        button(buttons, "article.addAttachments", Messages.Article_addAttachments, this::addAttachments); //$NON-NLS-1$
        button(buttons, "article.removeAttachment", Messages.Article_removeAttachment, () -> { //$NON-NLS-1$
            if (attachmentList.getSelectionIndex() >= 0) {
                this.attachments.remove(attachmentList.getSelectionIndex());
                show();
            }
        });
        showNames();
    }

    private static Composite row(Composite form, int columns) {
        Composite row = new Composite(form, SWT.NONE);
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    private static void button(Composite parent, String id, String text, Runnable action) {
        Controls.push(parent, id, text, action).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
    }

    private void chooseImage() {
        List<Path> files = chooser.choose(imageName.getShell(), true);
        if (!files.isEmpty()) {
            try {
                image = take(files.get(0), true).digest();
                show();
            } catch (ChosenFiles.RefusedException e) {
                refused.accept(e.getMessage());
            }
        }
    }

    /** Adds the files chosen up to the first refused one, which is then named. */
    private void addAttachments() {
        String refusal = null;
        for (Path path : chooser.choose(imageName.getShell(), false)) {
            try {
                String digest = take(path, false).digest();
                if (!attachments.contains(digest)) {
                    attachments.add(digest);
                }
            } catch (ChosenFiles.RefusedException e) {
                refusal = e.getMessage();
                break;
            }
        }
        show();
        if (refusal != null) {
            refused.accept(refusal);
        }
    }

    private KeptFile take(Path path, boolean asImage) throws ChosenFiles.RefusedException {
        KeptFile file = ChosenFiles.read(path, asImage);
        chosen.put(file.digest(), file);
        labels.put(file.digest(), ChosenFiles.label(file));
        return file;
    }

    private void show() {
        showNames();
        changed.run();
    }

    private void showNames() {
        imageName.setText(image.isEmpty() ? Messages.Article_noImage : name(image));
        imageName.getParent().layout();
        attachmentList.setItems(attachments.stream().map(this::name).toArray(String[]::new));
    }

    private String name(String digest) {
        return labels.computeIfAbsent(digest, d -> kept.apply(d).map(ChosenFiles::label)
                .orElseGet(() -> NLS.bind(Messages.Article_onPlatform, d.substring(0, Math.min(8, d.length())))));
    }

    /** @return the image's digest, empty for none */
    String image() {
        return image;
    }

    List<String> attachments() {
        return List.copyOf(attachments);
    }

    /** @return the files chosen here that the image or the attachments still name, to keep with the edit */
    List<KeptFile> chosen() {
        return chosen.values().stream().filter(f -> f.digest().equals(image) || attachments.contains(f.digest())).toList();
    }
}
