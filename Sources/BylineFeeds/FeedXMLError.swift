/// libxml2's error numbers (what `XMLParser` reports) in words a reader of
/// the feed's source can act on: "XML error 26" tells no one anything.
///
/// The numbers are libxml2's `xmlParserErrors` (libxml/xmlerror.h), written
/// out: importing CLibXML2 into this module beside Foundation clashes over
/// ICU's `UErrorCode`, which both headers define differently.
enum FeedXMLError {
    static func explain(_ code: Int) -> String {
        switch code {
        case 76, 77, 85: // TAG_NAME_MISMATCH, TAG_NOT_FINISHED, NOT_WELL_BALANCED
            "an element is closed by a different tag, or not closed"
        case 5: // DOCUMENT_END
            "the document ends too early (truncated?)"
        case 3, 4: // DOCUMENT_START, DOCUMENT_EMPTY
            "the document does not start as XML"
        case 14, 22, 23, 24, 25, 26, 27, 37: // entity references: at end, no name, no ';', undeclared, unfinished
            "a broken or unknown entity (an & not written as &amp;?)"
        case 89: // ENTITY_LOOP, which libxml2 also reports for entities that expand too far
            "entities that refer to themselves or expand out of all proportion (refused)"
        case 6, 7, 8, 9: // INVALID_HEX_CHARREF, INVALID_DEC_CHARREF, INVALID_CHARREF, INVALID_CHAR
            "a character XML does not allow"
        case 65, 72, 73, 74, 75: // SPACE, LT, GT, LTSLASH, EQUAL _REQUIRED
            "a tag is not properly written (a < or > missing?)"
        case 38, 39, 40, 41, 42, 43, 44: // attributes and literals not started, not finished, redefined
            "a malformed attribute (a quote missing?)"
        case 86: // EXTRA_CONTENT
            "content after the end of the document"
        case 31, 32, 6001, 6003: // UNKNOWN_ENCODING, UNSUPPORTED_ENCODING, I18N_NO_HANDLER, I18N_CONV_FAILED
            "an unsupported character encoding"
        case 68: // NAME_REQUIRED
            "a tag or attribute without a proper name"
        case 56, 57, 64: // XMLDECL_NOT_STARTED, XMLDECL_NOT_FINISHED, RESERVED_XML_NAME
            "the XML declaration is malformed or misplaced"
        case 45: // COMMENT_NOT_FINISHED
            "a comment is never closed"
        case 46, 47: // PI_NOT_STARTED, PI_NOT_FINISHED
            "a processing instruction (<?…?>) is malformed"
        case 63: // CDATA_NOT_FINISHED
            "a CDATA section is never closed"
        case 59, 60, 61: // CONDSEC, EXT_SUBSET, DOCTYPE _NOT_FINISHED
            "the DOCTYPE is malformed"
        case 201, 202: // NS_ERR_UNDEFINED_NAMESPACE, NS_ERR_QNAME
            "an element or attribute uses a namespace prefix that is never declared"
        default:
            "the XML is malformed (libxml2's error \(code))"
        }
    }
}
