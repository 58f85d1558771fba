package org.hardshipbinder.sample;

import java.util.List;

/**
 * One fictional document of the sample case: the file name it is imported under, whether it is a born-digital PDF or
 * a scan (an image that needs text recognition), and its lines of text. An empty line is a paragraph break.
 */
record SampleDocument(String fileName, Form form, List<String> lines) {

    enum Form { PDF, SCAN }
}
