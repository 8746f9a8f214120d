package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.Section;

/**
 * Sections fold to a one-line summary when they are complete (ADR 0281): when the focus moves from a section whose
 * fields are all valid to a later section, the section shrinks to its header, which then reads "title：value ·
 * value …". Clicking the header, or the focus entering any of its fields (Tab, Shift+Tab, Enter, a shortcut),
 * opens it again. Folding never hides, disables or removes a node — the content is only clipped to no height — so
 * the focus never moves and no key is dropped (type-ahead, ADR 0175); the keyboard order stays the paper order.
 * Sections that stand side by side (a band) and the last section never fold: that would gain no height.
 */
final class SectionCollapse {
    /** Longest summary shown in a header, in characters. */
    static final int SUMMARY_LENGTH = 60;

    private final FormViewModel vm;
    private final Function<String, java.util.Optional<Control>> controlOf;
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, TitledPane> panes;
    private final Map<Node, String> sectionOfNode = new IdentityHashMap<>();
    private final Set<String> folded = new HashSet<>();
    private final Set<String> foldable = new HashSet<>();
    private String focusedSection;

    SectionCollapse(FormViewModel vm, List<Section> all, Map<String, TitledPane> panes,
                    Function<String, java.util.Optional<Control>> controlOf) {
        this.vm = vm;
        this.panes = panes;
        this.controlOf = controlOf;
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            sections.put(s.id(), s);
            boolean inBand = s.layout().besideNext() || i > 0 && all.get(i - 1).layout().besideNext();
            if (!inBand && i < all.size() - 1) foldable.add(s.id());
            TitledPane pane = panes.get(s.id());
            pane.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (onHeader(e, pane)) toggle(s.id());
            });
        }
        // a new or restored form starts open
        vm.restoresProperty().addListener((obs, o, n) -> List.copyOf(folded).forEach(this::open));
    }

    /** Follows the focus of a node that belongs to a section's content (editors, row buttons). */
    void track(Node node, String sectionId) {
        sectionOfNode.put(node, sectionId);
        node.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) entered(sectionId);
        });
    }

    boolean isFolded(String sectionId) {
        return folded.contains(sectionId);
    }

    /** Whether every field of the section is valid now (required ones filled, nothing marked). */
    boolean isComplete(String sectionId) {
        Set<String> ids = new HashSet<>();
        sections.get(sectionId).fields().forEach(f -> ids.add(f.id()));
        for (FieldError e : vm.lastValidation().errors()) {
            String path = e.fieldPath();
            int cut = path.indexOf('[');
            if (ids.contains(cut < 0 ? path : path.substring(0, cut))) return false;
        }
        return true;
    }

    private void entered(String sectionId) {
        open(sectionId);
        String left = focusedSection;
        focusedSection = sectionId;
        if (left == null || left.equals(sectionId)) return;
        List<String> order = new ArrayList<>(sections.keySet());
        if (order.indexOf(left) < order.indexOf(sectionId) && foldable.contains(left) && isComplete(left)) {
            fold(left);
        }
    }

    void fold(String sectionId) {
        if (!folded.add(sectionId)) return;
        TitledPane pane = panes.get(sectionId);
        Region content = (Region) pane.getContent();
        content.setMinHeight(0);
        content.setPrefHeight(0);
        content.setMaxHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        Node box = pane.lookup(".content");
        if (box != null) box.setStyle("-fx-padding: 0; -fx-border-width: 0;");
        pane.setText(summary(sections.get(sectionId)));
        pane.getStyleClass().add("section-folded");
    }

    void open(String sectionId) {
        if (!folded.remove(sectionId)) return;
        TitledPane pane = panes.get(sectionId);
        Region content = (Region) pane.getContent();
        content.setClip(null);
        content.setMinHeight(Region.USE_COMPUTED_SIZE);
        content.setPrefHeight(Region.USE_COMPUTED_SIZE);
        content.setMaxHeight(Region.USE_COMPUTED_SIZE);
        Node box = pane.lookup(".content");
        if (box != null) box.setStyle("");
        pane.setText(sections.get(sectionId).title());
        pane.getStyleClass().remove("section-folded");
    }

    private void toggle(String sectionId) {
        if (folded.contains(sectionId)) {
            open(sectionId);
        } else if (foldable.contains(sectionId) && isComplete(sectionId) && !sectionId.equals(focusedSectionNow())) {
            fold(sectionId);
        }
    }

    /** The section holding the focus now, if the focus is in the form. */
    private String focusedSectionNow() {
        for (Map.Entry<Node, String> e : sectionOfNode.entrySet()) {
            if (e.getKey().isFocused()) return e.getValue();
        }
        return null;
    }

    /** "居住信息：420111002003 海核社区 · 珞喻路 · …", at most {@link #SUMMARY_LENGTH} characters. */
    String summary(Section s) {
        List<String> parts = new ArrayList<>();
        for (FieldDefinition f : s.fields()) {
            if (!vm.visible(f.id()).get() || f.type() == FieldType.PHOTO || f.readOnly()) continue;
            if (f.isGroup()) {
                parts.add(f.label() + " " + vm.rows(f.id()).size());
                continue;
            }
            String shown = controlOf.apply(f.id()).map(c -> c instanceof TextField t ? t.getText()
                    : c instanceof CheckBox b ? (b.isSelected() ? f.label() : "") : "").orElse("");
            if (shown != null && !shown.isBlank()) parts.add(shown.strip());
        }
        String text = s.title() + "：" + String.join(" · ", parts);
        return text.codePointCount(0, text.length()) <= SUMMARY_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH - 1)) + "…";
    }

    private static boolean onHeader(MouseEvent e, TitledPane pane) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != pane; n = n.getParent()) {
            if (n.getStyleClass().contains("title")) return true;
        }
        return false;
    }
}
