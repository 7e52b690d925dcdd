#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

/* libxml2's recovering HTML parser and its tree, for turning web pages into
   articles, and its XML reader in recover mode, for feeds that are not quite
   XML. Only BylineKit/HTML/HTMLTreeBuilder.swift and the feeds' XML reader
   talk to it. */
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
