#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

/* libxml2's recovering HTML parser and its tree, for turning web pages into
   articles, and its table of HTML's named references, for feeds that use
   them undeclared. Only BylineKit/HTML/HTMLTreeBuilder.swift and
   HTMLCharacterReference.swift talk to it. */
/* Debian's libxml2 is built with ICU, and encoding.h then includes the
   system's ICU headers, whose UErrorCode clashes with the one Foundation
   carries (_FoundationICU): a module that sees both does not compile. Byline
   never touches libxml2's encoding handlers (the only structures ICU
   changes), so ICU is switched off in what these headers declare. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>

/* xmlFree is a global function pointer; Swift 6 will not read a mutable C
   global from concurrent code, so it is called through a function. */
static inline void byline_xml_free(void *pointer) { xmlFree(pointer); }

#endif
