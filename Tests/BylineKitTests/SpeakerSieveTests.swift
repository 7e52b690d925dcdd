import Foundation
import Testing
@testable import BylineKit

// Every text here is invented for these tests.

private func parse(_ body: String, sieves: Set<SpeakerSieve> = Set(SpeakerSieve.allCases)) -> Article {
    ArticleParser.parse(body, file: "inline.txt", sieves: sieves)
}

/// The quote holding `text`.
private func quote(_ a: Article, _ text: String) -> Quote? { a.quotes.first { $0.text.contains(text) } }

/// The words a quote's speaker mention covers.
private func mentionText(_ a: Article, _ q: Quote?) -> String? {
    guard let m = q?.speakerMention else { return nil }
    let scalars = Array(a.paragraphs[m.paragraph].text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[m.start..<m.end]))
}

@Suite("Names in a speaker's slot")
struct SpeakerNameTests {
    @Test func anUnknownNameBeforeSaidIsAPersonEvenOpeningASentence() {
        let a = parse("Harbour plan stalls\n\nOkafor said the harbour plan was \"dead in the water.\"\n\n\"We tried,\" Okafor said.")
        #expect(a.people.map(\.name) == ["Okafor"])
        #expect(a.quotes.map(\.speaker) == ["Okafor", "Okafor"])
    }

    @Test func everydayWordsAfterSaidNameAPerson() {
        let a = parse("Harbour plan stalls\n\n\"It was a long night,\" said Charlie King, a harbour pilot.")
        #expect(quote(a, "long night")?.speaker == "Charlie King")
        #expect(mentionText(a, quote(a, "long night")) == "Charlie King")
    }

    @Test func anHonorificAndItsFullStopMakeASurnameOfATitleWord() {
        let a = parse("Harbour plan stalls\n\nThe pilot Charlie King spoke first.\n\n\"Nobody listened,\" Mr. King said.")
        #expect(quote(a, "Nobody listened")?.speaker == "Charlie King")
    }

    @Test func aPartyTagInBracketsOrCommasEndsNoSentence() {
        let a = parse("Vote delayed\n\n\"It is over,\" Sen. Ada Brennick (D-Mo.) said.\n\n\"Not yet,\" Rep. Tom Alvey, R-Ky., said on Tuesday.")
        #expect(quote(a, "It is over")?.speaker == "Ada Brennick")
        #expect(quote(a, "Not yet")?.speaker == "Tom Alvey")
    }

    @Test func hyphenatedGivenNamesStayWhole() {
        let a = parse("Summit ends\n\n\"That is wrong,\" said Jean-Marc Tellier, the envoy.\n\nSecretary Ban Ki-moon said the talks were \"useful.\"")
        #expect(quote(a, "That is wrong")?.speaker == "Jean-Marc Tellier")
        #expect(quote(a, "useful")?.speaker == "Ban Ki-moon")
    }

    @Test func aHyphenatedGivenNameOpensASentence() {
        let a = parse("Summit ends\n\nJean-Marc Tellier, the envoy, said the test was a \"provocation\" that needed an answer.")
        #expect(quote(a, "provocation")?.speaker == "Jean-Marc Tellier")
    }

    @Test func aHeadingsCapitalisedVerbIsNoPartOfAName() {
        let a = parse("Fact Check: Lena Marsh Is Right About Rents.\n\nLena Marsh said rents rose.")
        #expect(a.people.map(\.name) == ["Lena Marsh"])
    }

    @Test func aCountryNameRightAfterAGivenNameIsASurname() {
        let a = parse("Vote delayed\n\n\"We will act,\" said police Chief Peter Jordan.")
        #expect(quote(a, "We will act")?.speaker == "Peter Jordan")
        #expect(a.countries.isEmpty)
    }

    @Test func aDemonymRightAfterAGivenNameIsASurname() {
        let a = parse("Vote delayed\n\nThe investor Martin Cuban mocked the plan. \"We will sell,\" Martin Cuban said. French officials did not comment.")
        #expect(a.people.map(\.name) == ["Martin Cuban"])
        #expect(quote(a, "We will sell")?.speaker == "Martin Cuban")
        #expect(a.countries.map(\.name) == ["France"])
    }

    @Test func aCapitalTheInsideASentenceNamesAnOutletThatSpeaks() {
        let a = parse("Vote delayed\n\n\"The plan is dead,\" The Daily Ledger reported on Friday.")
        #expect(a.organisations.map(\.name) == ["The Daily Ledger"])
        #expect(quote(a, "plan is dead")?.speaker == "The Daily Ledger")
    }

    @Test func outletsSpeakAtASentencesStartAndAsTheyPutIt() {
        let a = parse("Vote delayed\n\nThe Morning Ledger reports that the team avoided \"the details.\" As The Evening Courier put it, he was \"the operator.\" The Daily Pennant called them \"anchors\".")
        #expect(a.quotes.map(\.speaker) == ["The Morning Ledger", "The Evening Courier", "The Daily Pennant"])
        #expect(a.people.isEmpty)
    }

    @Test func straightAndCurlyApostrophesNameOnePerson() {
        let a = parse("Blast in the city\n\nCommissioner James O\u{2019}Dowd visited the site.\n\n\"It is too early,\" said O'Dowd.")
        #expect(quote(a, "too early")?.speaker == "James O\u{2019}Dowd")
    }
}

@Suite("Speaker sieves")
struct SpeakerSieveTests {
    @Test func aTitleCaseFirstLineWithAFullStopIsAHeadlineAndGluesNoVerbToAName() {
        let a = parse("Budget 'Going Nowhere,' Lena Marsh Says.\n\nThe talks failed, Lena Marsh told reporters.\n\n\"We are going nowhere,\" Marsh said.")
        #expect(a.paragraphs[0].kind == .heading)
        #expect(a.people.map(\.name) == ["Lena Marsh"])
        #expect(quote(a, "going nowhere")?.speaker == "Lena Marsh")
    }

    @Test func aHeadlineCreditsItsQuoteWithANameAndAColon() {
        let a = parse("Marsh: Budget Talks 'Going Nowhere'\n\nLena Marsh said on Monday the budget talks were stuck.")
        let q = quote(a, "Going Nowhere")
        #expect(q?.speaker == "Lena Marsh")
        #expect(q?.rule == "headline-cue")
    }

    @Test func aTitleCaseHeadlineCreditsWithSaysAndWithATwoWordName() {
        let a = parse("Marsh Says Museum Will Tell of 'Joy and Grief.'\n\nLena Marsh spoke at the opening on Saturday.")
        #expect(quote(a, "Joy and Grief")?.speaker == "Lena Marsh")
        let b = parse("Lena Marsh: Voters Are 'Tired of Waiting.'\n\nLena Marsh spoke at the rally on Saturday.")
        #expect(quote(b, "Tired of Waiting")?.speaker == "Lena Marsh")
    }

    @Test func aParticipleOrAReportedClauseAfterAQuoteNamesNoOne() {
        let a = parse("Mine sold\n\nIn a statement, Hartwell Mining said: \"The mine was profitable when it was spun off,\" adding that its value rose.")
        #expect(quote(a, "mine was profitable")?.speaker == "Hartwell Mining")
        let b = parse("Advert row\n\nCity Attorney Tom Vesely said in the letter that the advert \u{201C}plainly and wrongly\u{201D} suggests that the city backs Ralph Denner's campaign.")
        #expect(quote(b, "plainly and wrongly")?.speaker == "Tom Vesely")
    }

    @Test func aCapitalisedSpeechVerbOpeningItsSentenceIsACueWithTheSpeakerAfter() {
        let a = parse("Tax plans\n\nRyan Ormond is a tax adviser. The plan is vague. Said Ormond: \u{201C}I don\u{2019}t think she cares about the code.\u{201D}")
        let q = quote(a, "cares about the code")
        #expect(q?.speaker == "Ryan Ormond")
        #expect(q?.rule == "cue-before")
    }

    @Test func aParticipleInAnOpeningPhraseIsNoCueForTheMainClause() {
        let a = parse("Union backs Ruiz\n\nIn a statement announcing the pick, the Union of Metal Workers called Ruiz a \u{201C}champion\u{201D} for its members.")
        #expect(quote(a, "champion")?.speaker == "Union of Metal Workers")
    }

    @Test func aWeakCueAfterANameSetOffByCommasMakesTheNextQuoteTheirs() {
        let a = parse("Deals\n\n\"He is a bore,\" Lena Marsh said.\n\nHis former partner at Hollis, Peter Vann, called him a master at deals. \"He showed again and again an ability to close deals.\"")
        #expect(quote(a, "close deals")?.speaker == "Peter Vann")
    }

    @Test func transcriptTurnsGoToTheLabelledSpeaker() {
        let a = parse("""
            Interview with the governor

            Host Tom Pell spoke to Governor Ada Brennick on Sunday.

            "PELL: Will you run again?

            "BRENNICK: I have not decided. The budget comes first.

            "PELL: Thank you, governor.
            """)
        #expect(a.quotes.map(\.speaker) == ["Tom Pell", "Ada Brennick", "Tom Pell"])
        #expect(a.quotes.map(\.rule) == ["transcript", "transcript", "transcript"])
        #expect(mentionText(a, a.quotes[1]) == "BRENNICK")
    }

    @Test func aTranscriptLabelTheTextNamesNoOtherWayIsAPerson() {
        let a = parse("""
            Interview with the governor

            Governor Ada Brennick spoke on Sunday.

            "PELLING: Will you run again?

            "BRENNICK: I have not decided.

            "PELLING: Thank you.

            "UPDATE: The governor later confirmed it.

            "UPDATE: She will run.
            """)
        #expect(a.people.map(\.name) == ["Ada Brennick", "Pelling"])
        #expect(a.quotes.prefix(3).map(\.speaker) == ["Pelling", "Ada Brennick", "Pelling"])
        // one label once is no transcript
        let b = parse("Notes\n\n\"KELLAN: Hello.\n\nThe rest was silence.")
        #expect(b.people.isEmpty)
    }

    @Test func aDashAfterAQuoteCreditsIt() {
        let a = parse("Readers respond\n\n\u{201C}The debate changed my mind.\u{201D} \u{2015} Rosa Quintal\n\n\"I will vote anyway.\" \u{2014} Dev Anand Pillai, a teacher")
        #expect(a.quotes.map(\.speaker) == ["Rosa Quintal", "Dev Anand Pillai"])
        #expect(a.quotes.map(\.rule) == ["dash-credit", "dash-credit"])
    }

    @Test func aPhraseQuotedWithNoCueGoesToTheSentencesSubject() {
        let a = parse("Budget row\n\nLena Marsh told the council on Monday the plan was ready.\n\nIn July, Tom Pell dismissed the plan as a \"paper tiger\" before the vote.")
        let q = quote(a, "paper tiger")
        #expect(q?.speaker == "Tom Pell")
        #expect(q?.rule == "sentence-subject")
        #expect(mentionText(a, q) == "Tom Pell")
    }

    @Test func theProgressiveIsNoPassive() {
        let a = parse("Budget row\n\nLena Marsh is telling the council that the fund is \"depleted\" and must grow.")
        #expect(quote(a, "depleted")?.speaker == "Lena Marsh")
    }

    @Test func aSpeakerAfterByIsTheSubject() {
        let a = parse("Budget row\n\nLena Marsh answered a question on Monday by saying the fund was \"safe.\"")
        #expect(quote(a, "safe")?.speaker == "Lena Marsh")
    }

    @Test func eachQuoteNamesTheWordsTakenAsItsSpeaker() {
        let a = parse("Budget row\n\nLena Marsh spoke first.\n\n\"We are ready,\" she said.")
        let q = quote(a, "We are ready")
        #expect(q?.speaker == "Lena Marsh")
        #expect(q?.rule == "cue-after")
        #expect(mentionText(a, q) == "she")
    }

    @Test func aDocumentSpeaksForWhoeverIssuedIt() {
        let a = parse("Port strike\n\nDana Ortiz spoke on Monday.\n\nOrtiz's statement added, \"We are ready to talk.\"")
        #expect(quote(a, "ready to talk")?.speaker == "Dana Ortiz")
    }

    @Test func anIntroducedDocumentSpeaksForItsIssuer() {
        let a = parse("Visa rules\n\nThe Border Agency published a new form on Monday.\n\nThe document says it \"must be completed in English\". A letter seen by the Daily Ledger says refusals \"may follow\".")
        #expect(quote(a, "completed in English")?.speaker == "Border Agency")
        #expect(quote(a, "may follow")?.speaker != "Daily Ledger")
    }

    @Test func aSecondVerbKeepsTheSentencesSubject() {
        let a = parse("Debate night\n\nLena Marsh, the former mayor, praised a forum sponsored by the City Press Club and said she had one quality: \"Steadiness.\"")
        #expect(quote(a, "Steadiness")?.speaker == "Lena Marsh")
    }

    @Test func speechInARelativeClauseIsNoNextSpeaker() {
        let a = parse("Debate night\n\n\"Our progress is on the ballot,\" Mr. Tom Pell said at a dinner in Oslo, where Ms. Lena Marsh also spoke. \"Justice is on the ballot.\"")
        #expect(a.quotes.map(\.speaker) == ["Tom Pell", "Tom Pell"])
    }

    @Test func aParticipleAfterBeforeHasTheSentencesSubject() {
        let a = parse("Concert news\n\nTom Reyes sings to Lena Marsh before asking her, \"Where do we go from here?\"")
        #expect(quote(a, "Where do we go")?.speaker == "Tom Reyes")
    }

    @Test func aNameInAppositionOpensTheSentencesSubject() {
        let a = parse("Court news\n\nAnother critic, Laurence H. Tribble, likened the rules to \"burning the charter\" last week.")
        #expect(quote(a, "burning the charter")?.speaker == "Laurence H. Tribble")
    }

    @Test func anEverydayWordRightAfterAQuoteAndBeforeSaidIsAName() {
        let a = parse("Debate night\n\n\"I do not buy that,\" Baker said.")
        #expect(quote(a, "buy that")?.speaker == "Baker")
    }

    @Test func inTheWordsOf() {
        let a = parse("Port strike\n\nDana Ortiz and Tom Reyes spoke on Monday.\n\nIn the words of Ortiz, the dispute is \"about dignity\".")
        #expect(quote(a, "about dignity")?.speaker == "Dana Ortiz")
    }

    @Test func aLabelIsNoQuote() {
        let a = parse("Port strike\n\nCritics attacked the so-called \"comfort letters\" and the scheme known as \"fast lane\".")
        #expect(a.quotes.isEmpty)
    }

    @Test func aCueRightBeforeAQuoteBeatsAStatementAfterIt() {
        let a = parse("Port strike\n\nMr. Tom Reyes spoke first.\n\nHe added, \"We will see.\" Ms. Ana Ruiz said the mood was grim.")
        #expect(quote(a, "We will see")?.speaker == "Tom Reyes")
    }

    @Test func dubbedAndAColonAfterACue() {
        let a = parse("Port strike\n\nTom Reyes dubbed the plan \"a fiasco\". Ana Ruiz pleaded with them: \"Stop.\"")
        #expect(a.quotes.map(\.speaker) == ["Tom Reyes", "Ana Ruiz"])
    }

    @Test func aSieveSwitchedOffDecidesNothing() {
        let text = "Readers respond\n\n\"The debate changed my mind.\" \u{2014} Rosa Quintal"
        #expect(quote(parse(text), "debate")?.speaker == "Rosa Quintal")
        let without = parse(text, sieves: Set(SpeakerSieve.allCases).subtracting([.dashCredit]))
        #expect(quote(without, "debate")?.rule != "dash-credit")
    }

    @Test func theJSONCarriesTheRuleAndTheSpeakerMention() {
        let a = parse("Budget row\n\n\"We are ready,\" said Lena Marsh.")
        let json = ArticleJSON.encode([a])
        #expect(json.contains("\"rule\": \"cue-after\""))
        #expect(json.contains("\"speakerMention\": {\"paragraph\": 1, \"start\": 21, \"end\": 31}"))
    }
}

@Suite("Named things, titles and places")
struct NamedThingTests {
    @Test func studiesChoirsAndRoadsAreNoPeople() {
        let a = parse("Health news\n\nThe Framingham Heart Study found that risk fell. Visitors crowded the Hayden Planetarium, the Tabernacle Choir sang on Elm Street, and the Save Our Seas campaign grew.")
        #expect(a.people.isEmpty)
    }

    @Test func aMinistryAndItsMinisterAreTwo() {
        let a = parse("Health news\n\nMinistry of Health Jane Roe spoke on Monday. Later Ms Roe said the plan was \"ready\", and Inspector Roe agreed.")
        #expect(a.people.map(\.name) == ["Jane Roe"])
        #expect(a.people.first?.mentions.count == 3)
        #expect(a.organisations.map(\.name) == ["Ministry of Health"])
        #expect(quote(a, "ready")?.speaker == "Jane Roe")
    }

    @Test func abbreviatedRanksAreTitles() {
        let a = parse("Crime news\n\nInsp. Raymond Hale and Supt Lee Marsh spoke to reporters.")
        #expect(Set(a.people.map(\.name)) == ["Raymond Hale", "Lee Marsh"])
    }

    @Test func aSurnameThatIsACityIsAPerson() {
        let a = parse("Talks\n\nDaniel Paris and Rosa Lima met on Monday. Paris said the talks were \"good\". Lima said they were \"slow\".")
        #expect(a.quotes.map(\.speaker) == ["Daniel Paris", "Rosa Lima"])
        #expect(a.countries.isEmpty)
    }

    @Test func georgiaInATextAboutTheUnitedStatesIsTheState() {
        let us = parse("Vote news\n\nGeorgia voters in Atlanta backed the plan, as did voters in Ohio.")
        #expect(us.countries.map(\.name) == ["United States"])
        let caucasus = parse("Vote news\n\nGeorgia held a vote in Tbilisi, and Georgian officials met US envoys.")
        #expect(caucasus.countries.contains { $0.name == "Georgia" })
    }

    @Test func aBareSenateInAnotherCountrysStoryIsThatCountrys() {
        let a = parse("Budget news\n\nThe Senate passed the budget in Canberra on Monday, and Sydney cheered.")
        #expect(a.organisations.map(\.name) == ["Senate"])
        let us = parse("Budget news\n\nThe Senate passed the budget in Washington on Monday.")
        #expect(us.organisations.map(\.name) == ["US Senate"])
    }

    @Test func aCityNamingATreatyIsNoMentionOfItsCountry() {
        let a = parse("Climate news\n\nThe country left the Paris Agreement and the Geneva Convention stayed in force.")
        #expect(a.countries.isEmpty)
    }

    @Test func aQuotedTitleMentionsNoCountryOrPerson() {
        let a = parse("Film news\n\nThe drama \u{201C}The Irishman\u{201D} lost to \u{201C}Mrs Maisel\u{201D} at the awards in Oslo.")
        #expect(a.countries.map(\.name) == ["Norway"])
        #expect(a.people.isEmpty)
    }

    @Test func footballClubsAreNoPeople() {
        let a = parse("Sport news\n\nBlackwood Rovers beat Castleford City 2-1. Rovers were the better side, and Rovers fans sang.")
        #expect(a.people.isEmpty)
        #expect(a.organisations.map(\.name) == ["Blackwood Rovers"])
    }

    @Test func theBVIIsTheBritishVirginIslands() {
        let a = parse("Island news\n\nThe BVI premier was detained in Miami.")
        #expect(a.countries.contains { $0.name == "British Virgin Islands" })
    }

    @Test func dollarsOfOtherCountriesNameNoCountry() {
        let a = parse("Budget news\n\nThe A$50 million fund, a NZ$3 billion loan and an HK$2 billion deal were signed.")
        #expect(a.countries.isEmpty)
    }

    @Test func aSpeechWordAfterAPossessiveOrAnArticleIsANounNotTheCue() {
        let a = parse("""
            Campaign notes

            Senator Aron Dunmore spoke in Ohio on Friday.

            Tarra Vell, a senior adviser to the campaign, called Mr. Dunmore's remarks on Saturday "a true wake-up call" to his supporters.
            """)
        #expect(quote(a, "a true wake-up call")?.speaker == "Tarra Vell")
    }

    @Test func initialsAndAGenerationDoNotHideAnUnknownNameInASpeakersSlot() {
        let a = parse("Notes\n\n\"We hate this framing of the vote,\" Vann R. Pettit II, a writer for a weekly, said on Twitter.")
        #expect(a.quotes.first?.speaker == "Vann R. Pettit II")
        // a plural title before names is a title, not part of the first name
        let b = parse("Notes\n\n\"It is late,\" said Senators Dora K. Vell and Ivo Lamm on Monday.")
        #expect(b.people.map(\.name).contains("Dora K. Vell"))
    }

    @Test func aNameCreditingAQuoteAfterADashIsAPersonWhateverItsGivenName() {
        let a = parse("Readers respond\n\n\u{201C}He does not know us at all.\u{201D} \u{2015} Jacklyn Ashvel\n\n\u{201C}We deserve better.\u{201D} \u{2015} Julie A. Diaz Marten.")
        #expect(a.quotes.map(\.speaker) == ["Jacklyn Ashvel", "Julie A. Diaz Marten"])
        #expect(a.quotes.map(\.rule) == ["dash-credit", "dash-credit"])
    }
}
