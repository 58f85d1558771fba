package org.hardshipbinder.grouping;

/**
 * Two pages that follow each other, in one file or at the end of one file and the start of the next, with the blank
 * pages that lie between them. The question every rule answers: does {@code after} go on the paper of {@code before}?
 */
public record Boundary(PageProfile before, PageProfile after, FileFacts beforeFile, FileFacts afterFile,
                       int blanksBetween) {

    public boolean acrossFiles() {
        return beforeFile.documentId() != afterFile.documentId();
    }
}
