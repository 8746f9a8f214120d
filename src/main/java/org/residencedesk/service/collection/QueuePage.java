package org.residencedesk.service.collection;

import java.util.List;

/** One page of the waiting rows and how many wait in all. */
public record QueuePage(List<QueueItem> items, long total) {
    public QueuePage {
        items = List.copyOf(items);
    }
}
