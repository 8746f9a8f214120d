package org.residencedesk.port.printing;

/** A template could not be loaded, compiled or filled. Carries a Chinese user message. */
public class DocumentPreparationException extends Exception {

    private final DocumentType documentType;

    public DocumentPreparationException(DocumentType documentType, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.documentType = documentType;
    }

    public DocumentType documentType() {
        return documentType;
    }
}
