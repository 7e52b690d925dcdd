import Foundation
import Testing
@testable import BylineKit

/// Parses an inline article; the first line is a headline so offsets are simple.
private func parse(_ body: String) -> Article {
    ArticleParser.parse(body, file: "inline.txt")
}

private func speakers(_ a: Article) -> [String?] { a.quotes.map(\.speaker) }

@Suite("Structure")
struct StructureTests {
    @Test func headerBlockFieldsAndTitle() {
        let a = parse("Title: Grain talks resume\nSource: Example Wire\nDate: 2026-03-14\nURL: https://example.org/a\n\nFirst paragraph.\n\nSecond one.")
        #expect(a.title == "Grain talks resume")
        #expect(a.header.source == "Example Wire")
        #expect(a.header.date == "2026-03-14")
        #expect(a.header.url == "https://example.org/a")
        #expect(a.paragraphs.map(\.text) == ["First paragraph.", "Second one."])
    }

    @Test func shortFirstLineWithoutFullStopIsTheTitle() {
        let a = parse("Ministers meet in Oslo\n\nThe ministers met on Monday.")
        #expect(a.title == "Ministers meet in Oslo")
        #expect(a.paragraphs[0].kind == .heading)
    }

    @Test func titleIsDerivedFromTheFirstSentenceWhenAbsent() {
        let a = parse("The ministers met on Monday in Oslo to discuss a long list of matters that had been left open. Nothing was decided.\n\nMore text.")
        #expect(a.title.hasPrefix("The ministers met on Monday"))
        #expect(a.title.count <= 81)
    }

    @Test func wireCrossheadIsAHeading() {
        let a = parse("Talks resumed on Monday.\n\n- Grain deal in doubt -\n\nThe deal was in doubt.")
        #expect(a.paragraphs[1] == Paragraph(kind: .heading, text: "Grain deal in doubt"))
    }

    @Test func shortLinesBetweenParagraphsAreSubheadings() {
        let a = parse("Fishers fear for the reef\n\nThe reef has shrunk, the survey found.\n\nFishing rights\n\nThe council met.\n\n‘We need to act now’\n\nIt said nothing.\n\nThat was all")
        #expect(a.paragraphs.map(\.kind) == [.heading, .body, .heading, .body, .heading, .body, .heading])
        // a sentence, a quote or a lowercase line is body text
        let b = parse("Fishers fear for the reef\n\nThe reef has shrunk.\n\n“We need to act now”\n\nand so on\n\nIt is over.")
        #expect(b.paragraphs.dropFirst().map(\.kind) == [.body, .body, .body, .body])
    }

    @Test func aSubheadingOfQuotedWordsIsAQuoteWithTheBodysSpeaker() {
        let a = parse("Fishers fear for the reef\n\n“We have never seen it this bad. We need to act now,” said Mara Tengu.\n\n‘We need to act now’\n\nOfficials called the loss “alarming” on Monday.\n\n‘Alarming’ losses\n\nTengu said the fishers would wait.")
        #expect(a.quotes.map(\.text) == ["We have never seen it this bad. We need to act now,", "We need to act now", "alarming", "Alarming"])
        #expect(a.quotes[1].speaker == "Mara Tengu")
        // a title in a heading that the body names but does not quote as speech stays a title
        let b = parse("‘Harbour’ wins at the awards\n\nThe film “Harbour” won on Sunday, its director said.")
        #expect(b.quotes.isEmpty)
    }

    @Test func markdownTitleAndSubheadings() {
        let a = ArticleParser.parse("# Floods hit the coast\n\nRain fell.\n\n## Aid arrives\n\nTrucks came.", file: "x.md")
        #expect(a.title == "Floods hit the coast")
        #expect(a.paragraphs.map(\.kind) == [.heading, .body, .heading, .body])
        #expect(a.paragraphs[2].text == "Aid arrives")
    }

    @Test func trailingBoilerplateIsMarkedNeverBody() {
        let a = parse("One.\n\nTwo.\n\nThree.\n\nFour.\n\nSign up to our free newsletters\n\nGet the best updates straight to your inbox.\n\n© 2026 Example Wire. All rights reserved.")
        #expect(a.paragraphs.map(\.kind) == [.body, .body, .body, .body, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func creditLineStartsBoilerplate() {
        let a = parse("One.\n\nTwo.\n\nThree.\n\nAdditional reporting by Ana Costa; Editing by Tom Reed")
        #expect(a.paragraphs.last?.kind == .boilerplate)
        #expect(a.paragraphs.filter { $0.kind == .boilerplate }.count == 1)
    }

    @Test func emptyAndBlankInputsGiveAnArticle() {
        #expect(parse("").paragraphs.isEmpty)
        #expect(parse("\n\n  \n").paragraphs.isEmpty)
        #expect(parse("\"\"\"\"\"").quotes.count <= 2)
    }
}

@Suite("Quotation marks")
struct QuoteMarkTests {
    @Test func apostrophesNeverOpenAQuote() {
        let a = parse("The countries' leaders don't agree.\n\nMaria Lopez said the plan was \"not workable\" for now.")
        #expect(a.quotes.map(\.text) == ["not workable"])
    }

    @Test func curlyAndGuillemetQuotes() {
        let a = parse("Headline here\n\nMaria Lopez said: “We will stay.”\n\nJohn Carter said: «We will go.»")
        #expect(a.quotes.map(\.text) == ["We will stay.", "We will go."])
    }

    @Test func singleQuotesInsideADoubleQuoteStayInside() {
        let a = parse("Maria Lopez said: \"They called it 'a farce' and left.\"")
        #expect(a.quotes.map(\.text) == ["They called it 'a farce' and left."])
    }

    @Test func quoteRunningOverTwoParagraphs() {
        let a = parse("Maria Lopez spoke at length.\n\nShe said: \"We came here in good faith.\n\n\"We leave with nothing,\" she added.")
        #expect(a.quotes.map(\.text) == ["We came here in good faith.", "We leave with nothing,"])
        #expect(a.quotes.allSatisfy { $0.speaker == "Maria Lopez" })
    }

    @Test func continuationWithoutReopeningMark() {
        let a = parse("Maria Lopez was asked about the vote. She said, \"It went well.\n\nWe will see more soon.\" The vote was held on Monday.")
        #expect(a.quotes.map(\.text) == ["It went well.", "We will see more soon."])
        #expect(a.quotes.allSatisfy { $0.speaker == "Maria Lopez" })
    }

    @Test func unbalancedQuoteNeverSwallowsTheNextParagraph() {
        let a = parse("Maria Lopez said \"this never closes.\n\nThe next paragraph is plain narration.\n\nJohn Carter said \"short.\"")
        #expect(a.quotes.map(\.text) == ["this never closes.", "short."])
    }

    @Test func offsetsCountUnicodeScalars() {
        let a = parse("Zoë Ferré said: \"Ça va très bien.\"")
        let q = a.quotes[0]
        let scalars = Array(a.paragraphs[q.paragraph].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[q.mention.start..<q.mention.end])) == "Ça va très bien.")
    }
}

@Suite("Speakers")
struct SpeakerTests {
    @Test func speakerAfterQuote() {
        let a = parse("\"The port will reopen,\" Maria Lopez said.")
        #expect(speakers(a) == ["Maria Lopez"])
    }

    @Test func verbBeforeSpeakerWithApposition() {
        let a = parse("\"The port will reopen,\" said John Carter, the harbour master.")
        #expect(speakers(a) == ["John Carter"])
    }

    @Test func speakerBeforeQuoteWithThat() {
        let a = parse("Maria Lopez said that the talks would go on and that \"nobody is leaving\".")
        #expect(speakers(a) == ["Maria Lopez"])
    }

    @Test func possessiveSpeaker() {
        let a = parse("Spain's Foreign Minister Maria Lopez met officials on Monday.\n\nSpain's Lopez told reporters the talks would \"continue all week.\"")
        #expect(speakers(a) == ["Maria Lopez"])
    }

    @Test func pronounAttributionUsesGender() {
        let a = parse("Maria Lopez and John Carter met in Madrid.\n\nJohn Carter said the meeting was \"useful.\"\n\n\"We agreed on a lot,\" she said.")
        #expect(speakers(a) == ["John Carter", "Maria Lopez"])
    }

    @Test func pronounGoesToTheLatestSubject() {
        let a = parse("\"The tasks are clear,\" Maria Lopez said.\n\nJohn Carter said on Monday he saw no point in waiting.\n\n\"Why wait?\" he told a press conference.")
        #expect(speakers(a) == ["Maria Lopez", "John Carter"])
    }

    @Test func splitQuoteKeepsItsSpeaker() {
        let a = parse("\"We are ready,\" Maria Lopez said. \"We have been ready for weeks.\"")
        #expect(speakers(a) == ["Maria Lopez", "Maria Lopez"])
    }

    @Test func floatingQuoteTakesThePreviousSpeaker() {
        let a = parse("\"We are ready,\" John Carter said.\n\n\"Nobody should doubt it.\"")
        #expect(speakers(a) == ["John Carter", "John Carter"])
    }

    @Test func accordingTo() {
        let a = parse("The plan is \"dead on arrival\", according to John Carter.")
        #expect(speakers(a) == ["John Carter"])
    }

    @Test func relativeClauseAsideIsNotTheSpeaker() {
        let a = parse("Maria Lopez, who met John Carter last week, said the deal was \"close.\"")
        #expect(speakers(a) == ["Maria Lopez"])
    }

    @Test func countryAndMetonymSpeak() {
        let a = parse("Germany on Monday said \"contact is not a bad thing.\"\n\nThe Kremlin said the talks were \"useful.\"\n\nKyiv said it was \"not invited.\"")
        #expect(speakers(a) == ["Germany", "Russia", "Ukraine"])
        #expect(a.quotes.map(\.speakerKind) == [.country, .country, .country])
    }

    @Test func roleBeforeName() {
        let a = parse("\"No comment,\" US State Department spokesperson Tammy Bruce said.")
        #expect(speakers(a) == ["Tammy Bruce"])
        #expect(a.people.first?.role == "US State Department spokesperson")
    }

    @Test func quoteEndingItsSentenceIsNotTheNextSentencesSpeakers() {
        let a = parse("Tomas Okafor, the port chief, said: \"We need another week.\" Mirela Dragan added that Malta \"will not sign a bad deal\".")
        #expect(speakers(a) == ["Tomas Okafor", "Mirela Dragan"])
    }

    @Test func passiveCueTakesItsAgent() {
        let a = parse("The Port Authority met on Monday.\n\nThe plan was described as \"reckless\" by the authority.\n\nThe delay was called \"regrettable\".")
        #expect(speakers(a) == ["Port Authority", nil])
    }

    @Test func theGovernorIsThePersonWithThatTitle() {
        let a = parse("Governor Ana Ribeiro spoke on Monday.\n\n\"We are ready,\" the governor added.")
        #expect(speakers(a) == ["Ana Ribeiro"])
    }

    @Test func anonymousGroupsAndUnnamedBodiesAreNull() {
        let a = parse("\"We are ready,\" Karin Holm said.\n\nAccording to the ministry, \"all options remain open\".\n\nOfficials said the plan was \"on track\", but critics called it \"a fantasy\".")
        #expect(speakers(a) == ["Karin Holm", nil, nil, nil])
    }

    @Test func quoteOverTwoParagraphsAttributedInTheSecond() {
        let a = parse("The river rose at night.\n\n\"The water came at night. We woke up in it.\n\n\"Nobody warned us,\" said Jelena Savic, a teacher.")
        #expect(speakers(a) == ["Jelena Savic", "Jelena Savic"])
    }

    @Test func saidThePresident() {
        let a = parse("President Lena Markovic visited the town.\n\n\"This is a good day,\" said the president.")
        #expect(speakers(a) == ["Lena Markovic"])
    }

    @Test func anonymousSpeakerIsNull() {
        let a = parse("\"It is over,\" a diplomat who asked not to be named said.")
        #expect(speakers(a) == [nil])
    }
}

@Suite("Entities")
struct EntityTests {
    @Test func fullNameWithAliasesAndRole() {
        let a = parse("Ukrainian President Volodymyr Zelensky spoke.\n\nZelensky said more later.")
        let p = a.people.first
        #expect(p?.name == "Volodymyr Zelensky")
        #expect(p?.aliases == ["Zelensky"])
        #expect(p?.role == "Ukrainian President")
        #expect(p?.mentions.count == 2)
    }

    @Test func namesFromManyLanguages() {
        let a = parse("Recep Tayyip Erdogan met Xi Jinping and Luiz Inácio Lula da Silva in Ankara on Monday.")
        #expect(Set(a.people.map(\.name)) == ["Recep Tayyip Erdogan", "Xi Jinping", "Luiz Inácio Lula da Silva"])
    }

    @Test func namesInHyphenatedHeadings() {
        let a = parse("Donald Trump and Vladimir Putin may meet.\n\n- Possible Trump-Putin summit -\n\nNothing is set.")
        let trump = a.people.first { $0.name == "Donald Trump" }
        #expect(trump?.mentions.contains { $0.paragraph == 1 } == true)
    }

    @Test func demonymCityAndMetonymGiveTheCountry() {
        let a = parse("Ukrainian officials flew to Riyadh while the Kremlin waited.")
        #expect(Set(a.countries.map(\.name)) == ["Ukraine", "Saudi Arabia", "Russia"])
        #expect(a.countries.first { $0.name == "Ukraine" }?.code == "UA")
    }

    @Test func capitalsAreNeverPeople() {
        let a = parse("Zelensky said Kyiv was not invited.")
        #expect(!a.people.contains { $0.name == "Kyiv" })
        #expect(a.countries.contains { $0.name == "Ukraine" })
    }

    @Test func organisationsFromGazetteerAndPatterns() {
        let a = parse("NATO and the European Union met the Ministry of Foreign Affairs and the Green Party.")
        let names = Set(a.organisations.map(\.name))
        #expect(names.contains("NATO"))
        #expect(names.contains { $0.contains("European Union") })
        #expect(names.contains("Ministry of Foreign Affairs"))
        #expect(names.contains("Green Party"))
    }

    @Test func bodiesAnnouncedByWhereTheyAreBasedOrWhatTheySell() {
        let a = parse("The plan was backed by Leeds-based Marrow Analytics. Staff at Fenwick Grocers stores were told on Monday.")
        #expect(Set(a.organisations.map(\.name)) == ["Marrow Analytics", "Fenwick Grocers"])
        #expect(a.people.isEmpty)
    }

    @Test func aPluralNounInThePossessiveStaysInsideABodysName() {
        let a = parse("It will be reviewed by the National Veterans’ Institute and the Northern Children's Trust.")
        #expect(Set(a.organisations.map(\.name)) == ["National Veterans’ Institute", "Northern Children's Trust"])
    }

    @Test func aBodysNameOpeningAnAwardOrABillNamesNoBody() {
        let a = parse("The film won at the Writers Guild Awards on Friday. The measure follows Senate Bill 14, passed in March.")
        #expect(a.organisations.isEmpty)
        // the body itself is still one
        #expect(Set(parse("The Writers Guild said so, and the Senate agreed.").organisations.map(\.name)).count == 2)
    }

    @Test func outletsByTheirFormWhereAnOutletStands() {
        let a = parse("Ferris Dunmore, the mayor, told WKRQ the vote was close. A report on Dunmore.net drew readers.")
        #expect(Set(a.organisations.map(\.name)) == ["WKRQ", "Dunmore.net"])
        #expect(a.people.map(\.name) == ["Ferris Dunmore"])
        // capitals elsewhere are no outlet
        #expect(parse("The WKRQ vote was close.").organisations.isEmpty)
    }

    @Test func aShorterNameOfOneBodyIsThatBody() {
        let a = parse("\"We are pleased,\" the Harbour Ports Office said. The Ports Office later added that more work was needed.")
        #expect(a.organisations.map(\.name) == ["Harbour Ports Office"])
        #expect(a.organisations.first?.mentions.count == 2)
        // a body named inside another's `of` phrase stays itself
        let b = parse("The Appeals Tribunal of the Harbour Bank ruled. The Harbour Bank said nothing.")
        #expect(Set(b.organisations.map(\.name)) == ["Appeals Tribunal of the Harbour Bank", "Harbour Bank"])
    }

    @Test func dottedShortFormsOfKnownBodies() {
        let a = parse("The U.N. Security Council met. Later the Security Council voted.")
        #expect(a.organisations.map(\.name) == ["U.N. Security Council"])
    }

    @Test func onePluralHeadNamesEachBodyOfItsList() {
        let a = parse("Officials from the ministries of Defence, Finance and Health met on Monday.\n\nThe universities of Leeds and York said nothing.")
        let names = Set(a.organisations.map(\.name))
        #expect(names == ["Ministry of Defence", "Ministry of Finance", "Ministry of Health", "University of Leeds", "University of York"])
        // each is mentioned where its own name is written
        let finance = a.organisations.first { $0.name == "Ministry of Finance" }
        #expect(finance?.mentions.map { a.paragraphs[$0.paragraph].text.unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start) }
            .map { String(String.UnicodeScalarView($0)) } == ["Finance"])
        #expect(a.people.isEmpty)
    }

    @Test func namesJoinedBeforeAPluralHeadAreBodies() {
        let a = parse("Lawyers at the Justice and Treasury departments declined to comment.\n\nThe State and Homeland Security Departments later agreed, as did Oxford and Cambridge universities.")
        #expect(Set(a.organisations.map(\.name)) == ["Justice Department", "Treasury Department", "State Department",
                                                      "Homeland Security Department", "Oxford University", "Cambridge University"])
        #expect(a.people.isEmpty)
    }

    @Test func countriesBeforeAPluralHeadAreNoBodies() {
        let a = parse("The French and German ministries said nothing, and the Irish and Dutch agencies agreed.")
        #expect(a.organisations.isEmpty)
        #expect(Set(a.countries.map(\.name)) == ["France", "Germany", "Ireland", "Netherlands"])
    }

    @Test func aPluralHeadNeedsAListOfNames() {
        // one name, a lowercase list, or a head whose `of` is not the body's name: no bodies made up
        let a = parse("The departments of State said little. The ministries of health and education agreed. The offices of Smith and Jones are closed.")
        #expect(!a.organisations.contains { $0.name.hasPrefix("Department of") || $0.name.hasPrefix("Ministry of") || $0.name.hasPrefix("Office of") })
    }

    @Test func placesAndPairingsAreNotPeople() {
        let a = parse("Fishing stopped near the border town of Tân Châu and on the Tonle Sap lake, despite Lancang-Mekong cooperation.")
        #expect(a.people.isEmpty)
    }

    @Test func sentenceInitialCommonWordsAreNotEntities() {
        let a = parse("Nevertheless, talks went on. Both sides agreed. Preparations continued.")
        #expect(a.entities.isEmpty)
    }
}
