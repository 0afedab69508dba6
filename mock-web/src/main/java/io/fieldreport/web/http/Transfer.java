package io.fieldreport.web.http;

/** Which routes move photo bytes: poor-signal mode cuts those after a number of bytes. */
public enum Transfer {
    NONE,
    PHOTO_UPLOAD,
    PHOTO_DOWNLOAD
}
