package org.residencedesk.ui.verification;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.residencedesk.ui.Fxml;

/** The 核验 screen (政务共享查询): permit check, 居住证明 code check, and issuing a 居住证明. Thin. */
public final class VerificationView {
    private final VerificationViewModel model;

    @FXML private TextField permitNumber;
    @FXML private TextField holderName;
    @FXML private Label permitAnswer;
    @FXML private TextField code;
    @FXML private Label proofAnswer;
    @FXML private Node issueBox;
    @FXML private TextField proofIdNumber;
    @FXML private Label proofMessage;

    public VerificationView(VerificationViewModel model) {
        this.model = model;
    }

    public Parent load() {
        Parent root = Fxml.load(this);
        // ids unique in the window: the registration form and other areas use idNumber, searchButton, message …
        root.lookupAll("*").forEach(n -> {
            if (n.getId() != null && !n.getId().startsWith("verify")) {
                n.setId("verify" + Character.toUpperCase(n.getId().charAt(0)) + n.getId().substring(1));
            }
        });
        root.setId("verificationArea");
        return root;
    }

    @FXML
    private void initialize() {
        permitNumber.textProperty().bindBidirectional(model.permitNumber);
        holderName.textProperty().bindBidirectional(model.holderName);
        permitAnswer.textProperty().bind(model.permitAnswer);
        code.textProperty().bindBidirectional(model.code);
        proofAnswer.textProperty().bind(model.proofAnswer);
        proofIdNumber.textProperty().bindBidirectional(model.proofIdNumber);
        proofMessage.textProperty().bind(model.proofMessage);
        issueBox.setVisible(model.mayIssueProof());
        issueBox.setManaged(model.mayIssueProof());
    }

    @FXML private void verifyPermit() { model.verifyPermit(); }

    @FXML private void verifyCode() { model.verifyCode(); }

    @FXML private void issueProof() { model.issueProof(); }
}
