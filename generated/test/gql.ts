/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query BenchCouncilOverview($text: String, $first: Int) {\n  councils {\n    id\n    name\n    gssCode\n    plans {\n      id\n      title\n      kind\n      period {\n        start\n        end\n      }\n      headings {\n        id\n        kindName\n        number\n        title\n        subheadings {\n          id\n          kindName\n          number\n          title\n        }\n      }\n      boards {\n        name\n      }\n    }\n    actions(filter: {text: $text}, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        plan {\n          title\n        }\n      }\n    }\n  }\n  jointInitiatives(first: $first) {\n    totalCount\n    nodes {\n      name\n      status\n    }\n  }\n}": typeof types.BenchCouncilOverviewDocument,
    "query BenchDeepPlan($first: Int) {\n  council(id: \"westmorland-furness\") {\n    ...DeepPlan\n  }\n}\n\nfragment DeepPlan on Council {\n  name\n  plans {\n    title\n    headings {\n      title\n      subheadings {\n        title\n        actions {\n          id\n          title\n          status\n          themes {\n            id\n          }\n        }\n      }\n      actions {\n        id\n        title\n        status\n        themes {\n          id\n        }\n      }\n    }\n  }\n  actions(first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n}": typeof types.BenchDeepPlanDocument,
    "query BenchIndicatorComparison($code: String!, $first: Int) {\n  indicator(code: $code) {\n    code\n    title\n    unit\n    polarity\n  }\n  councils {\n    name\n    indicator(code: $code) {\n      tracked\n      noValueReason\n      latest {\n        value\n        status\n      }\n      values {\n        value\n        status\n        period {\n          timePeriod\n        }\n      }\n      comparators {\n        value\n        geography\n      }\n    }\n    figures(indicator: $code, first: $first) {\n      totalCount\n      nodes {\n        value\n      }\n    }\n  }\n}": typeof types.BenchIndicatorComparisonDocument,
    "query BenchJointInitiative($id: ID!, $text: String, $first: Int) {\n  jointInitiative(id: $id) {\n    id\n    name\n    kind\n    status\n    statusSource {\n      quote\n    }\n    partners {\n      name\n      actions(filter: {text: $text}, first: $first) {\n        totalCount\n        nodes {\n          title\n        }\n      }\n    }\n    restsOn {\n      name\n      status\n    }\n    councilActions {\n      id\n      title\n      status\n      plan {\n        title\n      }\n      council {\n        name\n      }\n      source {\n        section\n        quote\n      }\n    }\n  }\n  jointInitiatives(first: $first) {\n    totalCount\n  }\n}": typeof types.BenchJointInitiativeDocument,
    "query BenchJointWorkCatalogue($first: Int) {\n  jointInitiatives(first: $first) {\n    totalCount\n    nodes {\n      key\n      name\n      kind\n      status\n      themes {\n        code\n        name\n      }\n    }\n  }\n  themes {\n    code\n    name\n  }\n  indicators {\n    code\n    title\n    unit\n    polarity\n  }\n}": typeof types.BenchJointWorkCatalogueDocument,
    "query DashboardAdoptionAgency {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    name\n    status\n    summary\n    statusSource {\n      ...SourceFields\n    }\n    partners {\n      name\n    }\n    councilActions {\n      id\n      title\n      status\n      rag\n      updatedAt\n      council {\n        name\n      }\n      plan {\n        title\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n}\n\nquery DashboardAdoptionAgencyJointActions {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    jointActions(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        owner\n        dueDate\n        status\n        rag\n      }\n    }\n  }\n}": typeof types.DashboardAdoptionAgencyDocument,
    "query DashboardIndicators {\n  indicators {\n    code\n    title\n  }\n}\n\nquery DashboardIndicatorComparison($code: String!) {\n  indicator(code: $code) {\n    code\n    title\n    unit\n    polarity\n    definition\n  }\n  councils {\n    id\n    name\n    indicator(code: $code) {\n      noValueReason\n      values {\n        ...IndicatorValueFields\n      }\n      comparators {\n        ...IndicatorValueFields\n      }\n    }\n  }\n}\n\nfragment IndicatorValueFields on IndicatorValue {\n  value\n  status\n  text\n  asAt\n  undatedReason\n  geography\n  period {\n    timePeriod\n    timeIdentifier\n  }\n  source {\n    ...SourceFields\n  }\n}\n\nquery DashboardBenchmark($code: String!) {\n  indicatorComparison(code: $code) {\n    csvPath\n    neighbourSet {\n      name\n      release\n      synthetic\n    }\n    publishedMeasure {\n      dataset\n      measure\n      title\n      polarity\n      unit\n      publication\n      councilsFrom\n      licence\n    }\n    councils {\n      council {\n        id\n        name\n      }\n      region {\n        name\n      }\n      quartile\n      quartileReason\n      quartilePeriod\n      localAuthoritiesRanked\n      series {\n        ...BenchmarkPointFields\n      }\n      predecessor {\n        name\n        laCode\n        gssCode\n        lastDay\n        lastPeriod\n        neighbourSet {\n          name\n          release\n        }\n        series {\n          ...BenchmarkPointFields\n        }\n      }\n    }\n  }\n}\n\nfragment BenchmarkPointFields on ComparisonPoint {\n  timePeriod\n  council {\n    value\n    status\n  }\n  region {\n    value\n    status\n  }\n  england {\n    value\n    status\n  }\n  neighbourMean\n  neighboursWithValue\n  neighbours\n}": typeof types.DashboardIndicatorsDocument,
    "query DashboardPlans {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      period {\n        text\n      }\n      source {\n        ...SourceFields\n      }\n      boards {\n        id\n        name\n        kind\n        source {\n          ...SourceFields\n        }\n      }\n      headings {\n        ...DashboardHeadingFields\n        subheadings {\n          ...DashboardHeadingFields\n          subheadings {\n            ...DashboardHeadingFields\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment DashboardHeadingFields on Heading {\n  id\n  kindName\n  number\n  title\n  source {\n    ...SourceFields\n  }\n}": typeof types.DashboardPlansDocument,
    "fragment SourceFields on Source {\n  document {\n    id\n    title\n    publisher\n    published\n    url\n  }\n  section\n  quote\n}": typeof types.SourceFieldsFragmentDoc,
    "query DashboardThemes {\n  themes {\n    code\n    name\n  }\n}\n\nquery DashboardTheme($theme: String!) {\n  theme(themeCode: $theme) {\n    name\n    description\n    jointInitiatives {\n      id\n      name\n      status\n      summary\n      source {\n        ...SourceFields\n      }\n    }\n  }\n  councils {\n    id\n    name\n    actions(filter: {themeCode: $theme}, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        plan {\n          title\n        }\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n}": typeof types.DashboardThemesDocument,
    "query CrossFootprintOverview {\n  councils {\n    __typename\n    name\n    gssCode\n    plans {\n      title\n      kind\n      period {\n        start\n        end\n        text\n      }\n      headings {\n        kindName\n        number\n        title\n        subheadings {\n          kindName\n          number\n          title\n        }\n      }\n      boards {\n        name\n        kind\n      }\n    }\n  }\n}": typeof types.CrossFootprintOverviewDocument,
    "query IndicatorComparison($code: String! = \"cared-for-children\") {\n  indicator(code: $code) {\n    code\n    title\n    kind\n    unit\n    polarity\n    periodKind\n    dataset\n    definition\n  }\n  councils {\n    name\n    indicator(code: $code) {\n      tracked\n      latest {\n        value\n        status\n        asAt\n        text\n        geography\n        source {\n          document {\n            title\n          }\n          section\n          quote\n        }\n      }\n      comparators {\n        geography\n        value\n        status\n      }\n      noValueReason\n    }\n  }\n}": typeof types.IndicatorComparisonDocument,
    "query JointWork {\n  partnership(id: \"cumbria\") {\n    name\n    councils {\n      name\n    }\n    jointInitiatives(first: 50) {\n      totalCount\n      nodes {\n        key\n        name\n        kind\n        status\n        partOf {\n          name\n        }\n        hostedBy {\n          name\n        }\n        councilActions {\n          title\n          council {\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.JointWorkDocument,
    "query NodeById($id: ID! = \"CumberlandAction:children-and-family-wellbeing-plan.a35\") {\n  node(id: $id) {\n    __typename\n    id\n    ... on Action {\n      title\n      plan {\n        title\n        period {\n          text\n        }\n      }\n      council {\n        name\n      }\n      themes {\n        id\n      }\n    }\n  }\n}": typeof types.NodeByIdDocument,
    "query PlanStructure {\n  councils {\n    name\n    plans {\n      title\n      headings {\n        kind\n        kindName\n        number\n        title\n        subheadings {\n          kind\n          number\n          title\n        }\n      }\n      statements(kindCode: \"PROMISE\") {\n        kind\n        kindCode\n        kindName\n        label\n        text\n      }\n      measureGroups {\n        title\n        measures {\n          text\n        }\n      }\n    }\n  }\n}": typeof types.PlanStructureDocument,
    "query RegionalAdoptionAgency {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    name\n    kind\n    status\n    statusSource {\n      document {\n        title\n      }\n      quote\n    }\n    partners {\n      name\n      gssCode\n    }\n    restsOn {\n      name\n      status\n      hostedBy {\n        name\n      }\n    }\n    councilActions {\n      __typename\n      id\n      title\n      status\n      plan {\n        title\n      }\n      council {\n        name\n      }\n      source {\n        section\n        quote\n      }\n    }\n  }\n}": typeof types.RegionalAdoptionAgencyDocument,
    "query ScrutinyMeeting {\n  councils {\n    name\n    meetings(first: 10) {\n      totalCount\n      nodes {\n        date\n        board {\n          name\n          kind\n        }\n        reports {\n          title\n          author\n          leadCabinetMember\n          publicStatus\n          presents {\n            title\n          }\n          recommendations: sections(kind: RECOMMENDATIONS) {\n            heading\n            paragraphs {\n              number\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ScrutinyMeetingDocument,
    "query SearchActions($text: String = \"transport\", $first: Int = 20, $after: String) {\n  councils {\n    name\n    actions(filter: {text: $text}, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        plan {\n          title\n        }\n        parentHeading {\n          kindName\n          number\n          title\n        }\n      }\n    }\n  }\n}": typeof types.SearchActionsDocument,
    "query Voices {\n  councils {\n    name\n    plans {\n      title\n      voices {\n        kind\n        speaker\n        text\n        source {\n          section\n        }\n      }\n    }\n  }\n}": typeof types.VoicesDocument,
    "query WhatBothCouncilsDoOn($theme: String = \"ADOPTION\") {\n  theme(themeCode: $theme) {\n    name\n  }\n  councils {\n    name\n    actions(filter: {themeCode: $theme}, first: 50) {\n      totalCount\n      nodes {\n        title\n        status\n        plan {\n          title\n        }\n        source {\n          document {\n            title\n          }\n          section\n          quote\n        }\n      }\n    }\n  }\n  jointInitiatives(filter: {themeCode: $theme}) {\n    totalCount\n    nodes {\n      name\n      status\n    }\n  }\n}": typeof types.WhatBothCouncilsDoOnDocument,
    "query SyntheticCouncilsPlansAndCounts { councils { id plans { title } actions(first: 1) { totalCount } } jointInitiatives(first: 1) { totalCount } }": typeof types.SyntheticCouncilsPlansAndCountsDocument,
    "query SyntheticActionWithUpdates($id: ID!) { node(id: $id) { ... on Action { status rag version updates(first: 2) { totalCount nodes { note } } } } }": typeof types.SyntheticActionWithUpdatesDocument,
    "query WorkflowCouncilIndicatorsLatestAndComparators {\n        councils { name\n          cp: indicator(code: \"child-protection-plan-rate\") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }\n          rr: indicator(code: \"re-referrals-12-months\") { latest { value status } } } }": typeof types.WorkflowCouncilIndicatorsLatestAndComparatorsDocument,
    "query BatchingActionIds { councils { actions(first: 100) { nodes { id } } } }": typeof types.BatchingActionIdsDocument,
    "query BatchingDeep($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Action {\n      title status source { quote document { title } }\n      themes { id }\n      council { name }\n      priority { title parent { title } }\n      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }\n    }\n  }\n}": typeof types.BatchingDeepDocument,
    "query BatchingActionCouncilsPlansBoardsAndAdoption { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }": typeof types.BatchingActionCouncilsPlansBoardsAndAdoptionDocument,
    "query ComparisonDfeCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code polarity }\n    neighbourSet { name release synthetic }\n    publishedMeasure { dataset measure polarity unit publication councilsFrom licence }\n    councils {\n      gssCode neighbours quartile quartileReason quartilePeriod localAuthoritiesRanked note\n      series { ...ComparisonDfePoint }\n      predecessor { gssCode name laCode lastPeriod neighbourSet { name } series { ...ComparisonDfePoint } }\n    }\n  }\n}\nfragment ComparisonDfePoint on ComparisonPoint { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }": typeof types.ComparisonDfeCompareDocument,
    "query ComparisonCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code title polarity }\n    neighbourSet { name release synthetic }\n    csvPath\n    councils {\n      council { name indicator(code: $code) { measures { text plan { title } priority { title } } } }\n      geography { code name } region { code name } neighbours\n      series { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }\n      quartile quartileReason quartilePeriod localAuthoritiesRanked\n    }\n  }\n}": typeof types.ComparisonCompareDocument,
    "query ComparisonGeographyValuesAndUnknownIndicator { geography(code: \"E10000006\") { name level laCode validTo values(indicator: \"re-referrals-12-months\") { timePeriod value } }\n       geographies(level: LOCAL_AUTHORITY) { code name }\n       indicatorComparison(code: \"no-such-indicator\") { csvPath } }": typeof types.ComparisonGeographyValuesAndUnknownIndicatorDocument,
    "query ComparisonReportedAdoptionValuesAndSeries {\n    jointInitiative(id: \"regional-adoption-agency\") { reportedValues(indicator: \"adoption-a1\") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }\n    indicatorComparison(code: \"adoption-a1\") { councils { series { timePeriod council { value status } } } }\n  }": typeof types.ComparisonReportedAdoptionValuesAndSeriesDocument,
    "query ComparisonReportedValues { jointInitiative(id: \"regional-adoption-agency\") { reportedValues { indicator status value } } }": typeof types.ComparisonReportedValuesDocument,
    "query ComparisonValuesAtEveryLevel { geographies { code values(indicator: \"re-referrals-12-months\") { value } }\n       indicatorComparison(code: \"re-referrals-12-months\") { councils { geography { code } region { code } } }\n       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }": typeof types.ComparisonValuesAtEveryLevelDocument,
    "query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {\n  council(id: \"westmorland-furness\") {\n    actions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n      nodes { id }\n    }\n  }\n}": typeof types.ConnectionsPageDocument,
    "query ConnectionsFirstPagesAndTotals {\n      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }\n      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }\n    }": typeof types.ConnectionsFirstPagesAndTotalsDocument,
    "query ConnectionsJointInitiativesAfter($after: String) { jointInitiatives(after: $after) { nodes { key } } }": typeof types.ConnectionsJointInitiativesAfterDocument,
    "query ConnectionsPlanAndMeetingLists {\n      council(id: \"westmorland-furness\") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }\n    }": typeof types.ConnectionsPlanAndMeetingListsDocument,
    "query DashboardJointInitiativeCouncilActions { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id __typename title } } }": typeof types.DashboardJointInitiativeCouncilActionsDocument,
    "query DashboardPlanSources { councils { plans { title source { section quote document { title } } } } }": typeof types.DashboardPlanSourcesDocument,
    "query DashboardTransportActions { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }": typeof types.DashboardTransportActionsDocument,
    "query DashboardPlanAndBoardSources { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }": typeof types.DashboardPlanAndBoardSourcesDocument,
    "query DashboardPlanHeadingTree { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }": typeof types.DashboardPlanHeadingTreeDocument,
    "mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }": typeof types.DurabilityCreateDocument,
    "mutation EvidenceCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }": typeof types.EvidenceCreateJointActionDocument,
    "query EvidenceActionUpdates($id: ID!, $states: [UpdateState!]) { node(id: $id) { ... on Action { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } ... on JointAction { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } } }": typeof types.EvidenceActionUpdatesDocument,
    "query GatewayQuery { councils { name } jointInitiative(id: \"regional-adoption-agency\") { councilActions { title } } }": typeof types.GatewayQueryDocument,
    "query GatewayCouncilNames { councils { name } }": typeof types.GatewayCouncilNamesDocument,
    "query GraphCouncilPlansInFull {\n      councils { __typename name gssCode\n        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }": typeof types.GraphCouncilPlansInFullDocument,
    "query GraphAdoptionActions {\n      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }": typeof types.GraphAdoptionActionsDocument,
    "query GraphActionFilters {\n      councils {\n        transport: actions(filter: { text: \"SCHOOL TRANSPORT\" }) { nodes { title } }\n        percent: actions(filter: { text: \"%\" }) { nodes { title } }\n        none: actions(filter: { status: ON_TRACK }) { nodes { title } }\n        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }\n        combined: actions(filter: { text: \"send\", theme: SEND }) { nodes { title } }\n      } }": typeof types.GraphActionFiltersDocument,
    "query GraphJointInitiativeWithSources {\n      jointInitiative(id: \"regional-adoption-agency\") { id name status kind\n        partners { name }\n        restsOn { name status hostedBy { name } }\n        councilActions { __typename title plan { title } council { name } }\n        sources { quote document { publisher } } } }": typeof types.GraphJointInitiativeWithSourcesDocument,
    "query GraphPartnershipAndInitiativeFilters {\n      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }\n      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }\n      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }\n      theme(code: ADOPTION) { name jointInitiatives { key } } }": typeof types.GraphPartnershipAndInitiativeFiltersDocument,
    "query GraphAllNodeIds {\n      councils { id plans { id priorities { id } actions { id } } boards { id } }\n      jointInitiatives { nodes { id } } themes { id } partnership { id } }": typeof types.GraphAllNodeIdsDocument,
    "query GraphNodeById($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }": typeof types.GraphNodeByIdDocument,
    "query GraphUnknownIds {\n      a: node(id: \"CumberlandAction:no-such-action\") { id ... on Action { title } }\n      b: node(id: \"NoSuchType:x\") { id }\n      c: node(id: \"'; DROP TABLE action; --\") { id }\n      d: jointInitiative(id: \"no-such-initiative\") { name }\n      e: council(id: \"WestmorlandAndFurnessCouncil:cumberland\") { id }\n      f: council(id: \"cumberland\") { id }\n      g: node(id: \"JointInitiative:no-such\") { id } }": typeof types.GraphUnknownIdsDocument,
    "query GraphInjectedTextFilter { councils { actions(filter: { text: \"' OR 1=1 --\" }) { nodes { title } } } }": typeof types.GraphInjectedTextFilterDocument,
    "query GraphActionTotals { councils { actions { totalCount } } }": typeof types.GraphActionTotalsDocument,
    "query GraphCaredForChildrenIndicator {\n      indicator(code: \"cared-for-children\") { title unit kind }\n      councils { name indicator(code: \"cared-for-children\") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }": typeof types.GraphCaredForChildrenIndicatorDocument,
    "query GraphPlanMeasures {\n      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }\n        indicator(code: \"child-protection-plan-rate\") { tracked noValueReason } } }": typeof types.GraphPlanMeasuresDocument,
    "query GraphBoardMeetingReports {\n      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }": typeof types.GraphBoardMeetingReportsDocument,
    "query GraphPlanVoicesAndStatements {\n      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }": typeof types.GraphPlanVoicesAndStatementsDocument,
    "query GraphNationalAndMissingIndicators { national: indicators(kind: NATIONAL) { code } missing: indicator(code: \"no-such-indicator\") { code } }": typeof types.GraphNationalAndMissingIndicatorsDocument,
    "query HostileLimitsCouncilNames { councils { id name } }": typeof types.HostileLimitsCouncilNamesDocument,
    "query HostileReplayCouncilNames { councils { name } }": typeof types.HostileReplayCouncilNamesDocument,
    "query HostileTokensAudit { councils { auditLog { totalCount } } }": typeof types.HostileTokensAuditDocument,
    "query HostileCouncilNames { councils { name } }": typeof types.HostileCouncilNamesDocument,
    "mutation IdempotencyCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } replayed errors { code field } } }": typeof types.IdempotencyCreateDocument,
    "mutation IdempotencyRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { id version } update { id state revision } replayed errors { code field } } }": typeof types.IdempotencyRecordDocument,
    "mutation IdempotencyApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { id version status } update { id state revision } replayed errors { code field } } }": typeof types.IdempotencyApproveDocument,
    "query InFlightStateQuery($id: ID!) { node(id: $id) { ... on Action { version status updates(states: [SUBMITTED]) { totalCount } } } }": typeof types.InFlightStateQueryDocument,
    "mutation InFlightRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version } update { id revision } errors { code } } }": typeof types.InFlightRecordDocument,
    "mutation InFlightApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version } errors { code } } }": typeof types.InFlightApproveDocument,
    "fragment JointActionEditsFields on JointAction { id title description owner dueDate revision withdrawnAt withdrawnBy { subject name team } withdrawalReason status version milestones { title dueDate } advances { id } }": typeof types.JointActionEditsFieldsFragmentDoc,
    "fragment JointActionEditsPayload on JointActionPayload { jointAction { ...JointActionEditsFields } errors { code field message currentVersion } replayed }": typeof types.JointActionEditsPayloadFragmentDoc,
    "mutation JointActionEditsCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { ...JointActionEditsPayload } }": typeof types.JointActionEditsCreateDocument,
    "mutation JointActionEditsUpdate($input: UpdateJointActionInput!) { updateJointAction(input: $input) { ...JointActionEditsPayload } }": typeof types.JointActionEditsUpdateDocument,
    "mutation JointActionEditsWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { ...JointActionEditsPayload } }": typeof types.JointActionEditsWithdrawDocument,
    "query JointActionEditsRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionEditsFields } } }": typeof types.JointActionEditsReadDocument,
    "query JointActionEditsAuditLog($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }": typeof types.JointActionEditsAuditLogDocument,
    "query JointActionEditsChangeKinds { partnership { changes(first: 100) { nodes { entityId kind } } } }": typeof types.JointActionEditsChangeKindsDocument,
    "query JointActionEditsChangedIds { partnership { changes(first: 100) { nodes { entityId } } } }": typeof types.JointActionEditsChangedIdsDocument,
    "query JointActionEditsCountWithWithdrawn { jointInitiative(id: \"regional-adoption-agency\") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }": typeof types.JointActionEditsCountWithWithdrawnDocument,
    "query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: \"regional-adoption-agency\") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }": typeof types.JointActionEditsListDocument,
    "query JointActionEditsCumberlandAuditLog($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }": typeof types.JointActionEditsCumberlandAuditLogDocument,
    "fragment JointActionRacesFields on JointAction { id status version revision withdrawnAt }": typeof types.JointActionRacesFieldsFragmentDoc,
    "mutation JointActionRacesCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": typeof types.JointActionRacesCreateDocument,
    "query JointActionRacesRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionRacesFields updates { nodes { id state } } } } }": typeof types.JointActionRacesReadDocument,
    "mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": typeof types.JointActionRacesWithdrawDocument,
    "query JointActionRacesAuditLog($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }": typeof types.JointActionRacesAuditLogDocument,
    "mutation JointActionsCreate($input: CreateJointActionInput!) {\n  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }": typeof types.JointActionsCreateDocument,
    "mutation JointActionsRecord($input: RecordProgressInput!) {\n  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { id state revision note version recordedBy { name } } errors { code field message currentVersion } } }": typeof types.JointActionsRecordDocument,
    "query JointActionsWithUpdates { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }": typeof types.JointActionsWithUpdatesDocument,
    "query JointActionsAuditLog { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }": typeof types.JointActionsAuditLogDocument,
    "query JointActionsIdsBeforeRefusals { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": typeof types.JointActionsIdsBeforeRefusalsDocument,
    "query JointActionsIdsAfterRefusals { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": typeof types.JointActionsIdsAfterRefusalsDocument,
    "query JointActionsAuditTotal { partnership { auditLog { totalCount } } }": typeof types.JointActionsAuditTotalDocument,
    "query JointActionsStatusAndVersion($id: ID!) { node(id: $id) { ... on JointAction { status version } } }": typeof types.JointActionsStatusAndVersionDocument,
    "query JointActionsTitleAndApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }": typeof types.JointActionsTitleAndApprovedUpdatesDocument,
    "mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }": typeof types.JointReportCreateDocument,
    "query JointReportApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }": typeof types.JointReportApprovedUpdatesDocument,
    "query JointReportCouncilActionIds { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id } } }": typeof types.JointReportCouncilActionIdsDocument,
    "mutation JointReportWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }": typeof types.JointReportWithdrawDocument,
    "query OnboardingSpreadsheetOutcomesAndPriorities { councils { id plans { title outcomes: headings(kind: \"OUTCOME\") { id kind number title actions { title themes { code } } } priorities: headings(kind: \"PRIORITY\") { number title } } } }": typeof types.OnboardingSpreadsheetOutcomesAndPrioritiesDocument,
    "query OnboardingSpreadsheetYoungCarersActions { theme(themeCode: \"YOUNG_CARERS\") { name } councils { id actions(filter: { themeCode: \"YOUNG_CARERS\" }) { totalCount nodes { title parentHeading { number } } } } }": typeof types.OnboardingSpreadsheetYoungCarersActionsDocument,
    "query OnboardingSpreadsheetOutcomeHeading { node(id: \"NorthmerePriority:northmere-cyp-plan.outcome-1\") { ... on Heading { kind number title source { section quote } } } }": typeof types.OnboardingSpreadsheetOutcomeHeadingDocument,
    "query OnboardingSpreadsheetMeasureGroups { councils { id plans { measureGroups { title measures { text } } } } }": typeof types.OnboardingSpreadsheetMeasureGroupsDocument,
    "query OnboardingSpreadsheetAspirations { councils { id plans { statements(kindCode: \"ASPIRATION\") { kindCode label text } } } }": typeof types.OnboardingSpreadsheetAspirationsDocument,
    "query OnboardingSpreadsheetFigures { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }": typeof types.OnboardingSpreadsheetFiguresDocument,
    "\n  query ReuseDeep($first: Int) {\n    council(id: \"westmorland-furness\") {\n      ...ReuseDeepCouncil\n    }\n  }\n  fragment ReuseDeepCouncil on Council {\n    name\n    plans {\n      title\n      headings {\n        title\n        actions {\n          id\n          status\n        }\n      }\n    }\n    actions(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ReuseDeepDocument,
    "\n    query ReuseConditional($withPlans: Boolean!) {\n      council(id: \"cumberland\") {\n        name\n        plans @include(if: $withPlans) {\n          title\n        }\n      }\n    }\n  ": typeof types.ReuseConditionalDocument,
    "query PartnershipsList { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }": typeof types.PartnershipsListDocument,
    "query PartnershipsByIdOrKey { byKey: partnership(id: \"cumbria\") { name } byId: partnership(id: \"Partnership:a-later-one\") { name } unknown: partnership(id: \"nowhere\") { name } malformed: partnership(id: \"Not a key!\") { name } }": typeof types.PartnershipsByIdOrKeyDocument,
    "query PartnershipsWithoutId { partnership { name } }": typeof types.PartnershipsWithoutIdDocument,
    "query PartnershipsAcrossTheGraph { partnerships { name } partnership { name } councils { name } jointInitiative(id: \"regional-adoption-agency\") { partners { name } } }": typeof types.PartnershipsAcrossTheGraphDocument,
    "query PlanStructureHeadingTree { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }": typeof types.PlanStructureHeadingTreeDocument,
    "query PlanStructurePriorityHeadings { councils { plans { id headings(kind: \"PRIORITY\") { title parentHeading { kind title } } } } }": typeof types.PlanStructurePriorityHeadingsDocument,
    "query PlanStructureStrandHeadings { councils { plans { id headings(kind: \"STRAND\") { kindName number title parentHeading { kind number } } } } }": typeof types.PlanStructureStrandHeadingsDocument,
    "query PlanStructureOutcomeActions { councils { plans { id headings(kind: \"OUTCOME\") { kind number actions { title parentHeading { kind number } priority { title } } statements { kindCode label number } subheadings { kind actions { title } } } } } }": typeof types.PlanStructureOutcomeActionsDocument,
    "query PlanStructureMeasureGroups { councils { plans { id measureGroups { title source { section quote } parentHeading { kind title } measures { text } } measures { text group { title } parentHeading { kind } } } } }": typeof types.PlanStructureMeasureGroupsDocument,
    "query PlanStructureStatementKinds { councils { plans { id aspirations: statements(kindCode: \"ASPIRATION\") { kind kindCode kindName label number } promises: statements(kind: PROMISE) { kindCode kindName label } others: statements(kind: OTHER) { kindCode } } } }": typeof types.PlanStructureStatementKindsDocument,
    "query PlanStructureHeadingIds { councils { plans { headings { id subheadings { id } } } } }": typeof types.PlanStructureHeadingIdsDocument,
    "query PlanStructureDeep($ids: [ID!]!) { nodes(ids: $ids) { id ... on Heading {\n    kind kindName number title plan { title } parentHeading { kind title }\n    subheadings { kind title actions { title } }\n    actions { title parentHeading { kind } themes { id } }\n    measures { text group { title measures { text } } }\n    statements { kindCode kindName }\n    successMeasures { text }\n  } } }": typeof types.PlanStructureDeepDocument,
    "mutation ReplicasRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } update { id revision state } errors { code } } }": typeof types.ReplicasRecordDocument,
    "mutation ReplicasApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version status } update { id state } errors { code field } } }": typeof types.ReplicasApproveDocument,
    "query ReplicasState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }": typeof types.ReplicasStateDocument,
    "query ReplicasActions($count: Int) { councils { actions(first: $count) { nodes { id version } } } }": typeof types.ReplicasActionsDocument,
    "query ReplicasAuditTotal { councils { auditLog(first: 1) { totalCount } } }": typeof types.ReplicasAuditTotalDocument,
    "query ReplicasAuditLog { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }": typeof types.ReplicasAuditLogDocument,
    "query ReplicasActionState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }": typeof types.ReplicasActionStateDocument,
    "mutation ReplicasReturn($input: SignOffInput!) { returnCumberlandProgressUpdate(input: $input) { update { state revision } errors { code field currentVersion } } }": typeof types.ReplicasReturnDocument,
    "mutation ReplicasRetryRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { update { id } replayed errors { code } } }": typeof types.ReplicasRetryRecordDocument,
    "query ReportsActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": typeof types.ReportsActionVersionDocument,
    "query ReportsPlanActionIds { node(id: \"WestmorlandAndFurnessPlan:ambition-for-every-child\") { ... on Plan { actions { id } } } }": typeof types.ReportsPlanActionIdsDocument,
    "query ResponseCachePlanTitles { councils { name plans { title } } }": typeof types.ResponseCachePlanTitlesDocument,
    "query ResponseCacheActionState($id: ID!) { node(id: $id) { id ... on Action { status version } } }": typeof types.ResponseCacheActionStateDocument,
    "mutation ResponseCacheRecordDraft($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { errors { code } action { version } update { id revision state } } }": typeof types.ResponseCacheRecordDraftDocument,
    "mutation ResponseCacheApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { errors { code } action { version status } } }": typeof types.ResponseCacheApproveDocument,
    "query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": typeof types.ResponseCacheVersionDocument,
    "query SharedDownOwnData {\n  cumberland { id name gssCode plans { title priorities { title } } actions(first: 5) { totalCount nodes { id title themes { id } } } boards { name } }\n  westmorlandAndFurness { name plans { title } }\n}": typeof types.SharedDownOwnDataDocument,
    "mutation SignInCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } errors { code } } }": typeof types.SignInCreateJointActionDocument,
    "query SignInAuditLog { partnership { auditLog(first: 5) { edges { node { operation entityId actor { subject name } } } } } }": typeof types.SignInAuditLogDocument,
    "query SignInTypename { __typename }": typeof types.SignInTypenameDocument,
    "query SignInJointActionIds { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": typeof types.SignInJointActionIdsDocument,
    "mutation SignOffCreateJointAction { createJointAction(input: { initiativeId: \"regional-adoption-agency\", title: \"Agree the agency's governance\", owner: \"RAA programme lead\" }) { jointAction { id } errors { code } } }": typeof types.SignOffCreateJointActionDocument,
    "query SignOffWorkState($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }": typeof types.SignOffWorkStateDocument,
    "query SignOffQuery($id: ID!) { node(id: $id) { ... on Action { status rag latestUpdate { note state } updates { totalCount nodes { note state } } } } }": typeof types.SignOffQueryDocument,
    "query SignOffFeed($first: Int, $after: String) { councils { changes(first: $first, after: $after) { totalCount nodes { entityId kind at sequence } pageInfo { endCursor hasNextPage } } } }": typeof types.SignOffFeedDocument,
    "query SignOffAuditLog { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }": typeof types.SignOffAuditLogDocument,
    "query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }": typeof types.SignOffQueryXDocument,
    "query StaffIdentitiesActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": typeof types.StaffIdentitiesActionVersionDocument,
    "query StaffIdentitiesRead($id: ID!) {\n  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n}\nfragment StaffIdentitiesActor on Actor { subject name team }": typeof types.StaffIdentitiesReadDocument,
    "query StartRestartCouncilsAndShared { councils { name actions { totalCount } } jointInitiative(id: \"regional-adoption-agency\") { status } }": typeof types.StartRestartCouncilsAndSharedDocument,
    "query StartRestartCumberlandOwn { cumberland { name plans { title } } }": typeof types.StartRestartCumberlandOwnDocument,
    "query StatsUpdateStartingCareSeries { indicatorComparison(code: \"children-starting-care-rate\") { councils { gssCode series { timePeriod council { value status } england { value } } } } }": typeof types.StatsUpdateStartingCareSeriesDocument,
    "query ThirdCouncilCouncils { councils { id name gssCode plans { title } boards { name oversees { title } } } }": typeof types.ThirdCouncilCouncilsDocument,
    "query ThirdCouncilPartners { jointInitiative(id: \"regional-adoption-agency\") { partners { name } } partnership { councils { name } } node(id: \"ExampleshireCouncil:exampleshire\") { ... on Council { name } } }": typeof types.ThirdCouncilPartnersDocument,
    "fragment TrackingRecorded on RecordActionProgressPayload { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } }": typeof types.TrackingRecordedFragmentDoc,
    "mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { ...TrackingRecorded } }": typeof types.TrackingRecordWestmorlandAndFurnessDocument,
    "mutation TrackingRecordCumberland($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { ...TrackingRecorded } }": typeof types.TrackingRecordCumberlandDocument,
    "query TrackingActionStatusAndVersion($id: ID!) { node(id: $id) { ... on Action { status version } } }": typeof types.TrackingActionStatusAndVersionDocument,
    "query TrackingDraftCount($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }": typeof types.TrackingDraftCountDocument,
    "query TrackingUpdateStates($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }": typeof types.TrackingUpdateStatesDocument,
    "query TrackingPlansAndActionStatus($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }": typeof types.TrackingPlansAndActionStatusDocument,
    "query TrackingActionUpdates($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }": typeof types.TrackingActionUpdatesDocument,
    "query TrackingFirstUpdatesPage($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": typeof types.TrackingFirstUpdatesPageDocument,
    "query TrackingUpdatesPageAfter($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": typeof types.TrackingUpdatesPageAfterDocument,
    "query TrackingAuditLog { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }": typeof types.TrackingAuditLogDocument,
    "query VocabularyParticipationTheme {\n    themes { code council { name } }\n    theme(themeCode: \"PARTICIPATION\") { code name council { name } }\n    councils { name actions(filter: { themeCode: \"PARTICIPATION\" }) { totalCount nodes { title themes { id } } } }\n    jointInitiatives(filter: { themeCode: \"PARTICIPATION\" }) { totalCount }\n  }": typeof types.VocabularyParticipationThemeDocument,
    "query VocabularyMisspeltThemeCode { councils { actions(filter: { themeCode: \"PARTICIPATON\" }) { totalCount } } }": typeof types.VocabularyMisspeltThemeCodeDocument,
    "query VocabularyThemeByEnumOrCode { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: \"ADOPTION\" }) { totalCount } } }": typeof types.VocabularyThemeByEnumOrCodeDocument,
    "query VocabularyCouncilIndicator {\n    indicator(code: \"family-hub-locations\") { kind council { name } }\n    national: indicator(code: \"good-level-of-development\") { council { name } }\n    council(id: \"cumberland\") { indicator(code: \"family-hub-locations\") { values { value undated undatedReason asAt } latest { text } } }\n  }": typeof types.VocabularyCouncilIndicatorDocument,
    "query VocabularyIndicatorComparators {\n    cumberland: council(id: \"cumberland\") { indicator(code: \"population-density\") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }\n    wf: council(id: \"westmorland-furness\") { indicator(code: \"cared-for-children\") { values { undated undatedReason comparators { area } } } }\n  }": typeof types.VocabularyIndicatorComparatorsDocument,
    "query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: \"westmorland-furness\") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }": typeof types.WorkspaceFiltersFilteredDocument,
    "query WorkspaceFiltersCouncilActionIds { council(id: \"westmorland-furness\") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }": typeof types.WorkspaceFiltersCouncilActionIdsDocument,
    "query WorkspaceFiltersByPlan { councils { actions(filter: { plan: \"CumberlandPlan:children-and-family-wellbeing-plan\" }) { totalCount } } }": typeof types.WorkspaceFiltersByPlanDocument,
    "query WorkspaceActionDetail($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Action {\n      ...WorkspaceActionSummary\n      council {\n        id\n        name\n      }\n      updates(first: 100) {\n        totalCount\n        nodes {\n          ...WorkspaceUpdate\n        }\n      }\n    }\n    ... on JointAction {\n      title\n      owner\n      dueDate\n      status\n      forecastStatus\n      rag\n      version\n      initiative {\n        id\n        name\n      }\n      withdrawnAt\n      withdrawnBy {\n        name\n        team\n      }\n      withdrawalReason\n      updates(first: 100) {\n        totalCount\n        nodes {\n          ...WorkspaceUpdate\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceCouncilAudit($council: ID!, $entity: ID!) {\n  council(id: $council) {\n    id\n    auditLog(first: 100, entity: $entity) {\n      nodes {\n        id\n        at\n        operation\n        actor {\n          name\n          team\n        }\n        before\n        after\n      }\n    }\n  }\n}\n\nquery WorkspacePartnershipAudit($partnership: ID!, $entity: ID!) {\n  partnership(id: $partnership) {\n    id\n    auditLog(first: 100, entity: $entity) {\n      nodes {\n        id\n        at\n        operation\n        actor {\n          name\n          team\n        }\n        before\n        after\n      }\n    }\n  }\n}": typeof types.WorkspaceActionDetailDocument,
    "query WorkspaceCouncilChanges($council: ID!, $after: String) {\n  council(id: $council) {\n    id\n    name\n    changes(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        entityId\n        kind\n        at\n        sequence\n      }\n    }\n  }\n}\n\nquery WorkspacePartnerships {\n  partnerships {\n    id\n    name\n  }\n}\n\nquery WorkspacePartnershipChanges($partnership: ID!, $after: String) {\n  partnership(id: $partnership) {\n    id\n    name\n    changes(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        entityId\n        kind\n        at\n        sequence\n      }\n    }\n  }\n}\n\nquery WorkspaceTitles($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Action {\n      title\n    }\n    ... on JointAction {\n      title\n    }\n    ... on Council {\n      name\n    }\n    ... on Partnership {\n      name\n    }\n  }\n}": typeof types.WorkspaceCouncilChangesDocument,
    "fragment WorkspaceUpdate on ProgressUpdate {\n  id\n  state\n  revision\n  version\n  status\n  forecastStatus\n  rag\n  note\n  explanation\n  reopenReason\n  returnReason\n  evidenceUrl\n  recordedAt\n  recordedBy {\n    name\n    subject\n    team\n  }\n  submittedAt\n  decidedAt\n  decidedBy {\n    name\n    subject\n    team\n  }\n}\n\nfragment WorkspaceError on UserError {\n  code\n  field\n  message\n  currentVersion\n}\n\nfragment WorkspaceActionSummary on Action {\n  id\n  title\n  status\n  forecastStatus\n  rag\n  version\n  updatedAt\n  plan {\n    id\n    title\n  }\n}\n\nfragment WorkspaceAction on Action {\n  ...WorkspaceActionSummary\n  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {\n    nodes {\n      id\n      state\n      recordedAt\n    }\n  }\n}\n\nfragment WorkspaceJointAction on JointAction {\n  id\n  title\n  owner\n  description\n  dueDate\n  status\n  forecastStatus\n  rag\n  version\n  revision\n  withdrawnAt\n  withdrawnBy {\n    name\n    team\n  }\n  withdrawalReason\n  latestUpdate {\n    recordedAt\n    decidedAt\n  }\n  milestones {\n    title\n    dueDate\n  }\n  advances {\n    id\n    title\n    council {\n      name\n    }\n  }\n  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {\n    nodes {\n      id\n      state\n      recordedAt\n    }\n  }\n}": typeof types.WorkspaceUpdateFragmentDoc,
    "query WorkspaceCouncilInbox($council: ID!, $filter: ActionFilter, $after: String) {\n  council(id: $council) {\n    id\n    name\n    actions(first: 100, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        forecastStatus\n        rag\n        version\n        submitted: updates(first: 5, states: [SUBMITTED]) {\n          nodes {\n            ...WorkspaceUpdate\n          }\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceJointInbox {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      name\n      jointActions(first: 50, filter: {updateStates: [SUBMITTED]}) {\n        nodes {\n          id\n          title\n          status\n          forecastStatus\n          rag\n          version\n          submitted: updates(first: 5, states: [SUBMITTED]) {\n            nodes {\n              ...WorkspaceUpdate\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WorkspaceCouncilInboxDocument,
    "mutation WorkspaceCreateJointAction($input: CreateJointActionInput!) {\n  result: createJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nquery WorkspaceCouncilActionChoices {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n      actions {\n        id\n        title\n      }\n    }\n  }\n}\n\nmutation WorkspaceUpdateJointAction($input: UpdateJointActionInput!) {\n  result: updateJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nmutation WorkspaceWithdrawJointAction($input: WithdrawJointActionInput!) {\n  result: withdrawJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nquery WorkspaceAllJointActions {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      key\n      name\n      jointActions(first: 50, filter: {includeWithdrawn: true}) {\n        nodes {\n          ...WorkspaceJointAction\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceJointActionToEdit($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JointAction {\n      ...WorkspaceJointAction\n      initiative {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.WorkspaceCreateJointActionDocument,
    "query WorkspaceCouncilActions($council: ID!, $filter: ActionFilter, $after: String) {\n  council(id: $council) {\n    id\n    name\n    actions(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkspaceAction\n      }\n    }\n  }\n}\n\nquery WorkspaceJointActions($filter: JointActionFilter) {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      key\n      name\n      jointActions(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          ...WorkspaceJointAction\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceThemes {\n  themes {\n    code\n    name\n  }\n}\n\nquery WorkspaceCouncilGovernance($council: ID!) {\n  council(id: $council) {\n    id\n    plans {\n      id\n      title\n    }\n    boards {\n      id\n      name\n    }\n  }\n}": typeof types.WorkspaceCouncilActionsDocument,
    "mutation WorkspaceRecordCumberland($input: RecordProgressInput!) {\n  result: recordCumberlandActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceRecordWestmorlandAndFurness($input: RecordProgressInput!) {\n  result: recordWestmorlandAndFurnessActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceRecordJoint($input: RecordProgressInput!) {\n  result: recordJointActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}": typeof types.WorkspaceRecordCumberlandDocument,
    "query WorkspaceReportChoices {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n    }\n    boards {\n      id\n      name\n    }\n  }\n  jointInitiatives(first: 50) {\n    nodes {\n      id\n      key\n      name\n    }\n  }\n}": typeof types.WorkspaceReportChoicesDocument,
    "mutation WorkspaceSubmitCumberland($input: SignOffInput!) {\n  result: submitCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceSubmitWestmorlandAndFurness($input: SignOffInput!) {\n  result: submitWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceSubmitJoint($input: SignOffInput!) {\n  result: submitJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveCumberland($input: SignOffInput!) {\n  result: approveCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveWestmorlandAndFurness($input: SignOffInput!) {\n  result: approveWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveJoint($input: SignOffInput!) {\n  result: approveJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnCumberland($input: SignOffInput!) {\n  result: returnCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnWestmorlandAndFurness($input: SignOffInput!) {\n  result: returnWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnJoint($input: SignOffInput!) {\n  result: returnJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}": typeof types.WorkspaceSubmitCumberlandDocument,
};
const documents: Documents = {
    "query BenchCouncilOverview($text: String, $first: Int) {\n  councils {\n    id\n    name\n    gssCode\n    plans {\n      id\n      title\n      kind\n      period {\n        start\n        end\n      }\n      headings {\n        id\n        kindName\n        number\n        title\n        subheadings {\n          id\n          kindName\n          number\n          title\n        }\n      }\n      boards {\n        name\n      }\n    }\n    actions(filter: {text: $text}, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        plan {\n          title\n        }\n      }\n    }\n  }\n  jointInitiatives(first: $first) {\n    totalCount\n    nodes {\n      name\n      status\n    }\n  }\n}": types.BenchCouncilOverviewDocument,
    "query BenchDeepPlan($first: Int) {\n  council(id: \"westmorland-furness\") {\n    ...DeepPlan\n  }\n}\n\nfragment DeepPlan on Council {\n  name\n  plans {\n    title\n    headings {\n      title\n      subheadings {\n        title\n        actions {\n          id\n          title\n          status\n          themes {\n            id\n          }\n        }\n      }\n      actions {\n        id\n        title\n        status\n        themes {\n          id\n        }\n      }\n    }\n  }\n  actions(first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n}": types.BenchDeepPlanDocument,
    "query BenchIndicatorComparison($code: String!, $first: Int) {\n  indicator(code: $code) {\n    code\n    title\n    unit\n    polarity\n  }\n  councils {\n    name\n    indicator(code: $code) {\n      tracked\n      noValueReason\n      latest {\n        value\n        status\n      }\n      values {\n        value\n        status\n        period {\n          timePeriod\n        }\n      }\n      comparators {\n        value\n        geography\n      }\n    }\n    figures(indicator: $code, first: $first) {\n      totalCount\n      nodes {\n        value\n      }\n    }\n  }\n}": types.BenchIndicatorComparisonDocument,
    "query BenchJointInitiative($id: ID!, $text: String, $first: Int) {\n  jointInitiative(id: $id) {\n    id\n    name\n    kind\n    status\n    statusSource {\n      quote\n    }\n    partners {\n      name\n      actions(filter: {text: $text}, first: $first) {\n        totalCount\n        nodes {\n          title\n        }\n      }\n    }\n    restsOn {\n      name\n      status\n    }\n    councilActions {\n      id\n      title\n      status\n      plan {\n        title\n      }\n      council {\n        name\n      }\n      source {\n        section\n        quote\n      }\n    }\n  }\n  jointInitiatives(first: $first) {\n    totalCount\n  }\n}": types.BenchJointInitiativeDocument,
    "query BenchJointWorkCatalogue($first: Int) {\n  jointInitiatives(first: $first) {\n    totalCount\n    nodes {\n      key\n      name\n      kind\n      status\n      themes {\n        code\n        name\n      }\n    }\n  }\n  themes {\n    code\n    name\n  }\n  indicators {\n    code\n    title\n    unit\n    polarity\n  }\n}": types.BenchJointWorkCatalogueDocument,
    "query DashboardAdoptionAgency {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    name\n    status\n    summary\n    statusSource {\n      ...SourceFields\n    }\n    partners {\n      name\n    }\n    councilActions {\n      id\n      title\n      status\n      rag\n      updatedAt\n      council {\n        name\n      }\n      plan {\n        title\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n}\n\nquery DashboardAdoptionAgencyJointActions {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    jointActions(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        owner\n        dueDate\n        status\n        rag\n      }\n    }\n  }\n}": types.DashboardAdoptionAgencyDocument,
    "query DashboardIndicators {\n  indicators {\n    code\n    title\n  }\n}\n\nquery DashboardIndicatorComparison($code: String!) {\n  indicator(code: $code) {\n    code\n    title\n    unit\n    polarity\n    definition\n  }\n  councils {\n    id\n    name\n    indicator(code: $code) {\n      noValueReason\n      values {\n        ...IndicatorValueFields\n      }\n      comparators {\n        ...IndicatorValueFields\n      }\n    }\n  }\n}\n\nfragment IndicatorValueFields on IndicatorValue {\n  value\n  status\n  text\n  asAt\n  undatedReason\n  geography\n  period {\n    timePeriod\n    timeIdentifier\n  }\n  source {\n    ...SourceFields\n  }\n}\n\nquery DashboardBenchmark($code: String!) {\n  indicatorComparison(code: $code) {\n    csvPath\n    neighbourSet {\n      name\n      release\n      synthetic\n    }\n    publishedMeasure {\n      dataset\n      measure\n      title\n      polarity\n      unit\n      publication\n      councilsFrom\n      licence\n    }\n    councils {\n      council {\n        id\n        name\n      }\n      region {\n        name\n      }\n      quartile\n      quartileReason\n      quartilePeriod\n      localAuthoritiesRanked\n      series {\n        ...BenchmarkPointFields\n      }\n      predecessor {\n        name\n        laCode\n        gssCode\n        lastDay\n        lastPeriod\n        neighbourSet {\n          name\n          release\n        }\n        series {\n          ...BenchmarkPointFields\n        }\n      }\n    }\n  }\n}\n\nfragment BenchmarkPointFields on ComparisonPoint {\n  timePeriod\n  council {\n    value\n    status\n  }\n  region {\n    value\n    status\n  }\n  england {\n    value\n    status\n  }\n  neighbourMean\n  neighboursWithValue\n  neighbours\n}": types.DashboardIndicatorsDocument,
    "query DashboardPlans {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      period {\n        text\n      }\n      source {\n        ...SourceFields\n      }\n      boards {\n        id\n        name\n        kind\n        source {\n          ...SourceFields\n        }\n      }\n      headings {\n        ...DashboardHeadingFields\n        subheadings {\n          ...DashboardHeadingFields\n          subheadings {\n            ...DashboardHeadingFields\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment DashboardHeadingFields on Heading {\n  id\n  kindName\n  number\n  title\n  source {\n    ...SourceFields\n  }\n}": types.DashboardPlansDocument,
    "fragment SourceFields on Source {\n  document {\n    id\n    title\n    publisher\n    published\n    url\n  }\n  section\n  quote\n}": types.SourceFieldsFragmentDoc,
    "query DashboardThemes {\n  themes {\n    code\n    name\n  }\n}\n\nquery DashboardTheme($theme: String!) {\n  theme(themeCode: $theme) {\n    name\n    description\n    jointInitiatives {\n      id\n      name\n      status\n      summary\n      source {\n        ...SourceFields\n      }\n    }\n  }\n  councils {\n    id\n    name\n    actions(filter: {themeCode: $theme}, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        plan {\n          title\n        }\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n}": types.DashboardThemesDocument,
    "query CrossFootprintOverview {\n  councils {\n    __typename\n    name\n    gssCode\n    plans {\n      title\n      kind\n      period {\n        start\n        end\n        text\n      }\n      headings {\n        kindName\n        number\n        title\n        subheadings {\n          kindName\n          number\n          title\n        }\n      }\n      boards {\n        name\n        kind\n      }\n    }\n  }\n}": types.CrossFootprintOverviewDocument,
    "query IndicatorComparison($code: String! = \"cared-for-children\") {\n  indicator(code: $code) {\n    code\n    title\n    kind\n    unit\n    polarity\n    periodKind\n    dataset\n    definition\n  }\n  councils {\n    name\n    indicator(code: $code) {\n      tracked\n      latest {\n        value\n        status\n        asAt\n        text\n        geography\n        source {\n          document {\n            title\n          }\n          section\n          quote\n        }\n      }\n      comparators {\n        geography\n        value\n        status\n      }\n      noValueReason\n    }\n  }\n}": types.IndicatorComparisonDocument,
    "query JointWork {\n  partnership(id: \"cumbria\") {\n    name\n    councils {\n      name\n    }\n    jointInitiatives(first: 50) {\n      totalCount\n      nodes {\n        key\n        name\n        kind\n        status\n        partOf {\n          name\n        }\n        hostedBy {\n          name\n        }\n        councilActions {\n          title\n          council {\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.JointWorkDocument,
    "query NodeById($id: ID! = \"CumberlandAction:children-and-family-wellbeing-plan.a35\") {\n  node(id: $id) {\n    __typename\n    id\n    ... on Action {\n      title\n      plan {\n        title\n        period {\n          text\n        }\n      }\n      council {\n        name\n      }\n      themes {\n        id\n      }\n    }\n  }\n}": types.NodeByIdDocument,
    "query PlanStructure {\n  councils {\n    name\n    plans {\n      title\n      headings {\n        kind\n        kindName\n        number\n        title\n        subheadings {\n          kind\n          number\n          title\n        }\n      }\n      statements(kindCode: \"PROMISE\") {\n        kind\n        kindCode\n        kindName\n        label\n        text\n      }\n      measureGroups {\n        title\n        measures {\n          text\n        }\n      }\n    }\n  }\n}": types.PlanStructureDocument,
    "query RegionalAdoptionAgency {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    name\n    kind\n    status\n    statusSource {\n      document {\n        title\n      }\n      quote\n    }\n    partners {\n      name\n      gssCode\n    }\n    restsOn {\n      name\n      status\n      hostedBy {\n        name\n      }\n    }\n    councilActions {\n      __typename\n      id\n      title\n      status\n      plan {\n        title\n      }\n      council {\n        name\n      }\n      source {\n        section\n        quote\n      }\n    }\n  }\n}": types.RegionalAdoptionAgencyDocument,
    "query ScrutinyMeeting {\n  councils {\n    name\n    meetings(first: 10) {\n      totalCount\n      nodes {\n        date\n        board {\n          name\n          kind\n        }\n        reports {\n          title\n          author\n          leadCabinetMember\n          publicStatus\n          presents {\n            title\n          }\n          recommendations: sections(kind: RECOMMENDATIONS) {\n            heading\n            paragraphs {\n              number\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.ScrutinyMeetingDocument,
    "query SearchActions($text: String = \"transport\", $first: Int = 20, $after: String) {\n  councils {\n    name\n    actions(filter: {text: $text}, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        plan {\n          title\n        }\n        parentHeading {\n          kindName\n          number\n          title\n        }\n      }\n    }\n  }\n}": types.SearchActionsDocument,
    "query Voices {\n  councils {\n    name\n    plans {\n      title\n      voices {\n        kind\n        speaker\n        text\n        source {\n          section\n        }\n      }\n    }\n  }\n}": types.VoicesDocument,
    "query WhatBothCouncilsDoOn($theme: String = \"ADOPTION\") {\n  theme(themeCode: $theme) {\n    name\n  }\n  councils {\n    name\n    actions(filter: {themeCode: $theme}, first: 50) {\n      totalCount\n      nodes {\n        title\n        status\n        plan {\n          title\n        }\n        source {\n          document {\n            title\n          }\n          section\n          quote\n        }\n      }\n    }\n  }\n  jointInitiatives(filter: {themeCode: $theme}) {\n    totalCount\n    nodes {\n      name\n      status\n    }\n  }\n}": types.WhatBothCouncilsDoOnDocument,
    "query SyntheticCouncilsPlansAndCounts { councils { id plans { title } actions(first: 1) { totalCount } } jointInitiatives(first: 1) { totalCount } }": types.SyntheticCouncilsPlansAndCountsDocument,
    "query SyntheticActionWithUpdates($id: ID!) { node(id: $id) { ... on Action { status rag version updates(first: 2) { totalCount nodes { note } } } } }": types.SyntheticActionWithUpdatesDocument,
    "query WorkflowCouncilIndicatorsLatestAndComparators {\n        councils { name\n          cp: indicator(code: \"child-protection-plan-rate\") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }\n          rr: indicator(code: \"re-referrals-12-months\") { latest { value status } } } }": types.WorkflowCouncilIndicatorsLatestAndComparatorsDocument,
    "query BatchingActionIds { councils { actions(first: 100) { nodes { id } } } }": types.BatchingActionIdsDocument,
    "query BatchingDeep($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Action {\n      title status source { quote document { title } }\n      themes { id }\n      council { name }\n      priority { title parent { title } }\n      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }\n    }\n  }\n}": types.BatchingDeepDocument,
    "query BatchingActionCouncilsPlansBoardsAndAdoption { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }": types.BatchingActionCouncilsPlansBoardsAndAdoptionDocument,
    "query ComparisonDfeCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code polarity }\n    neighbourSet { name release synthetic }\n    publishedMeasure { dataset measure polarity unit publication councilsFrom licence }\n    councils {\n      gssCode neighbours quartile quartileReason quartilePeriod localAuthoritiesRanked note\n      series { ...ComparisonDfePoint }\n      predecessor { gssCode name laCode lastPeriod neighbourSet { name } series { ...ComparisonDfePoint } }\n    }\n  }\n}\nfragment ComparisonDfePoint on ComparisonPoint { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }": types.ComparisonDfeCompareDocument,
    "query ComparisonCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code title polarity }\n    neighbourSet { name release synthetic }\n    csvPath\n    councils {\n      council { name indicator(code: $code) { measures { text plan { title } priority { title } } } }\n      geography { code name } region { code name } neighbours\n      series { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }\n      quartile quartileReason quartilePeriod localAuthoritiesRanked\n    }\n  }\n}": types.ComparisonCompareDocument,
    "query ComparisonGeographyValuesAndUnknownIndicator { geography(code: \"E10000006\") { name level laCode validTo values(indicator: \"re-referrals-12-months\") { timePeriod value } }\n       geographies(level: LOCAL_AUTHORITY) { code name }\n       indicatorComparison(code: \"no-such-indicator\") { csvPath } }": types.ComparisonGeographyValuesAndUnknownIndicatorDocument,
    "query ComparisonReportedAdoptionValuesAndSeries {\n    jointInitiative(id: \"regional-adoption-agency\") { reportedValues(indicator: \"adoption-a1\") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }\n    indicatorComparison(code: \"adoption-a1\") { councils { series { timePeriod council { value status } } } }\n  }": types.ComparisonReportedAdoptionValuesAndSeriesDocument,
    "query ComparisonReportedValues { jointInitiative(id: \"regional-adoption-agency\") { reportedValues { indicator status value } } }": types.ComparisonReportedValuesDocument,
    "query ComparisonValuesAtEveryLevel { geographies { code values(indicator: \"re-referrals-12-months\") { value } }\n       indicatorComparison(code: \"re-referrals-12-months\") { councils { geography { code } region { code } } }\n       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }": types.ComparisonValuesAtEveryLevelDocument,
    "query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {\n  council(id: \"westmorland-furness\") {\n    actions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n      nodes { id }\n    }\n  }\n}": types.ConnectionsPageDocument,
    "query ConnectionsFirstPagesAndTotals {\n      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }\n      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }\n    }": types.ConnectionsFirstPagesAndTotalsDocument,
    "query ConnectionsJointInitiativesAfter($after: String) { jointInitiatives(after: $after) { nodes { key } } }": types.ConnectionsJointInitiativesAfterDocument,
    "query ConnectionsPlanAndMeetingLists {\n      council(id: \"westmorland-furness\") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }\n    }": types.ConnectionsPlanAndMeetingListsDocument,
    "query DashboardJointInitiativeCouncilActions { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id __typename title } } }": types.DashboardJointInitiativeCouncilActionsDocument,
    "query DashboardPlanSources { councils { plans { title source { section quote document { title } } } } }": types.DashboardPlanSourcesDocument,
    "query DashboardTransportActions { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }": types.DashboardTransportActionsDocument,
    "query DashboardPlanAndBoardSources { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }": types.DashboardPlanAndBoardSourcesDocument,
    "query DashboardPlanHeadingTree { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }": types.DashboardPlanHeadingTreeDocument,
    "mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }": types.DurabilityCreateDocument,
    "mutation EvidenceCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }": types.EvidenceCreateJointActionDocument,
    "query EvidenceActionUpdates($id: ID!, $states: [UpdateState!]) { node(id: $id) { ... on Action { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } ... on JointAction { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } } }": types.EvidenceActionUpdatesDocument,
    "query GatewayQuery { councils { name } jointInitiative(id: \"regional-adoption-agency\") { councilActions { title } } }": types.GatewayQueryDocument,
    "query GatewayCouncilNames { councils { name } }": types.GatewayCouncilNamesDocument,
    "query GraphCouncilPlansInFull {\n      councils { __typename name gssCode\n        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }": types.GraphCouncilPlansInFullDocument,
    "query GraphAdoptionActions {\n      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }": types.GraphAdoptionActionsDocument,
    "query GraphActionFilters {\n      councils {\n        transport: actions(filter: { text: \"SCHOOL TRANSPORT\" }) { nodes { title } }\n        percent: actions(filter: { text: \"%\" }) { nodes { title } }\n        none: actions(filter: { status: ON_TRACK }) { nodes { title } }\n        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }\n        combined: actions(filter: { text: \"send\", theme: SEND }) { nodes { title } }\n      } }": types.GraphActionFiltersDocument,
    "query GraphJointInitiativeWithSources {\n      jointInitiative(id: \"regional-adoption-agency\") { id name status kind\n        partners { name }\n        restsOn { name status hostedBy { name } }\n        councilActions { __typename title plan { title } council { name } }\n        sources { quote document { publisher } } } }": types.GraphJointInitiativeWithSourcesDocument,
    "query GraphPartnershipAndInitiativeFilters {\n      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }\n      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }\n      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }\n      theme(code: ADOPTION) { name jointInitiatives { key } } }": types.GraphPartnershipAndInitiativeFiltersDocument,
    "query GraphAllNodeIds {\n      councils { id plans { id priorities { id } actions { id } } boards { id } }\n      jointInitiatives { nodes { id } } themes { id } partnership { id } }": types.GraphAllNodeIdsDocument,
    "query GraphNodeById($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }": types.GraphNodeByIdDocument,
    "query GraphUnknownIds {\n      a: node(id: \"CumberlandAction:no-such-action\") { id ... on Action { title } }\n      b: node(id: \"NoSuchType:x\") { id }\n      c: node(id: \"'; DROP TABLE action; --\") { id }\n      d: jointInitiative(id: \"no-such-initiative\") { name }\n      e: council(id: \"WestmorlandAndFurnessCouncil:cumberland\") { id }\n      f: council(id: \"cumberland\") { id }\n      g: node(id: \"JointInitiative:no-such\") { id } }": types.GraphUnknownIdsDocument,
    "query GraphInjectedTextFilter { councils { actions(filter: { text: \"' OR 1=1 --\" }) { nodes { title } } } }": types.GraphInjectedTextFilterDocument,
    "query GraphActionTotals { councils { actions { totalCount } } }": types.GraphActionTotalsDocument,
    "query GraphCaredForChildrenIndicator {\n      indicator(code: \"cared-for-children\") { title unit kind }\n      councils { name indicator(code: \"cared-for-children\") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }": types.GraphCaredForChildrenIndicatorDocument,
    "query GraphPlanMeasures {\n      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }\n        indicator(code: \"child-protection-plan-rate\") { tracked noValueReason } } }": types.GraphPlanMeasuresDocument,
    "query GraphBoardMeetingReports {\n      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }": types.GraphBoardMeetingReportsDocument,
    "query GraphPlanVoicesAndStatements {\n      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }": types.GraphPlanVoicesAndStatementsDocument,
    "query GraphNationalAndMissingIndicators { national: indicators(kind: NATIONAL) { code } missing: indicator(code: \"no-such-indicator\") { code } }": types.GraphNationalAndMissingIndicatorsDocument,
    "query HostileLimitsCouncilNames { councils { id name } }": types.HostileLimitsCouncilNamesDocument,
    "query HostileReplayCouncilNames { councils { name } }": types.HostileReplayCouncilNamesDocument,
    "query HostileTokensAudit { councils { auditLog { totalCount } } }": types.HostileTokensAuditDocument,
    "query HostileCouncilNames { councils { name } }": types.HostileCouncilNamesDocument,
    "mutation IdempotencyCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } replayed errors { code field } } }": types.IdempotencyCreateDocument,
    "mutation IdempotencyRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { id version } update { id state revision } replayed errors { code field } } }": types.IdempotencyRecordDocument,
    "mutation IdempotencyApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { id version status } update { id state revision } replayed errors { code field } } }": types.IdempotencyApproveDocument,
    "query InFlightStateQuery($id: ID!) { node(id: $id) { ... on Action { version status updates(states: [SUBMITTED]) { totalCount } } } }": types.InFlightStateQueryDocument,
    "mutation InFlightRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version } update { id revision } errors { code } } }": types.InFlightRecordDocument,
    "mutation InFlightApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version } errors { code } } }": types.InFlightApproveDocument,
    "fragment JointActionEditsFields on JointAction { id title description owner dueDate revision withdrawnAt withdrawnBy { subject name team } withdrawalReason status version milestones { title dueDate } advances { id } }": types.JointActionEditsFieldsFragmentDoc,
    "fragment JointActionEditsPayload on JointActionPayload { jointAction { ...JointActionEditsFields } errors { code field message currentVersion } replayed }": types.JointActionEditsPayloadFragmentDoc,
    "mutation JointActionEditsCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { ...JointActionEditsPayload } }": types.JointActionEditsCreateDocument,
    "mutation JointActionEditsUpdate($input: UpdateJointActionInput!) { updateJointAction(input: $input) { ...JointActionEditsPayload } }": types.JointActionEditsUpdateDocument,
    "mutation JointActionEditsWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { ...JointActionEditsPayload } }": types.JointActionEditsWithdrawDocument,
    "query JointActionEditsRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionEditsFields } } }": types.JointActionEditsReadDocument,
    "query JointActionEditsAuditLog($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }": types.JointActionEditsAuditLogDocument,
    "query JointActionEditsChangeKinds { partnership { changes(first: 100) { nodes { entityId kind } } } }": types.JointActionEditsChangeKindsDocument,
    "query JointActionEditsChangedIds { partnership { changes(first: 100) { nodes { entityId } } } }": types.JointActionEditsChangedIdsDocument,
    "query JointActionEditsCountWithWithdrawn { jointInitiative(id: \"regional-adoption-agency\") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }": types.JointActionEditsCountWithWithdrawnDocument,
    "query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: \"regional-adoption-agency\") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }": types.JointActionEditsListDocument,
    "query JointActionEditsCumberlandAuditLog($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }": types.JointActionEditsCumberlandAuditLogDocument,
    "fragment JointActionRacesFields on JointAction { id status version revision withdrawnAt }": types.JointActionRacesFieldsFragmentDoc,
    "mutation JointActionRacesCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": types.JointActionRacesCreateDocument,
    "query JointActionRacesRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionRacesFields updates { nodes { id state } } } } }": types.JointActionRacesReadDocument,
    "mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": types.JointActionRacesWithdrawDocument,
    "query JointActionRacesAuditLog($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }": types.JointActionRacesAuditLogDocument,
    "mutation JointActionsCreate($input: CreateJointActionInput!) {\n  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }": types.JointActionsCreateDocument,
    "mutation JointActionsRecord($input: RecordProgressInput!) {\n  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { id state revision note version recordedBy { name } } errors { code field message currentVersion } } }": types.JointActionsRecordDocument,
    "query JointActionsWithUpdates { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }": types.JointActionsWithUpdatesDocument,
    "query JointActionsAuditLog { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }": types.JointActionsAuditLogDocument,
    "query JointActionsIdsBeforeRefusals { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": types.JointActionsIdsBeforeRefusalsDocument,
    "query JointActionsIdsAfterRefusals { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": types.JointActionsIdsAfterRefusalsDocument,
    "query JointActionsAuditTotal { partnership { auditLog { totalCount } } }": types.JointActionsAuditTotalDocument,
    "query JointActionsStatusAndVersion($id: ID!) { node(id: $id) { ... on JointAction { status version } } }": types.JointActionsStatusAndVersionDocument,
    "query JointActionsTitleAndApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }": types.JointActionsTitleAndApprovedUpdatesDocument,
    "mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }": types.JointReportCreateDocument,
    "query JointReportApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }": types.JointReportApprovedUpdatesDocument,
    "query JointReportCouncilActionIds { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id } } }": types.JointReportCouncilActionIdsDocument,
    "mutation JointReportWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }": types.JointReportWithdrawDocument,
    "query OnboardingSpreadsheetOutcomesAndPriorities { councils { id plans { title outcomes: headings(kind: \"OUTCOME\") { id kind number title actions { title themes { code } } } priorities: headings(kind: \"PRIORITY\") { number title } } } }": types.OnboardingSpreadsheetOutcomesAndPrioritiesDocument,
    "query OnboardingSpreadsheetYoungCarersActions { theme(themeCode: \"YOUNG_CARERS\") { name } councils { id actions(filter: { themeCode: \"YOUNG_CARERS\" }) { totalCount nodes { title parentHeading { number } } } } }": types.OnboardingSpreadsheetYoungCarersActionsDocument,
    "query OnboardingSpreadsheetOutcomeHeading { node(id: \"NorthmerePriority:northmere-cyp-plan.outcome-1\") { ... on Heading { kind number title source { section quote } } } }": types.OnboardingSpreadsheetOutcomeHeadingDocument,
    "query OnboardingSpreadsheetMeasureGroups { councils { id plans { measureGroups { title measures { text } } } } }": types.OnboardingSpreadsheetMeasureGroupsDocument,
    "query OnboardingSpreadsheetAspirations { councils { id plans { statements(kindCode: \"ASPIRATION\") { kindCode label text } } } }": types.OnboardingSpreadsheetAspirationsDocument,
    "query OnboardingSpreadsheetFigures { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }": types.OnboardingSpreadsheetFiguresDocument,
    "\n  query ReuseDeep($first: Int) {\n    council(id: \"westmorland-furness\") {\n      ...ReuseDeepCouncil\n    }\n  }\n  fragment ReuseDeepCouncil on Council {\n    name\n    plans {\n      title\n      headings {\n        title\n        actions {\n          id\n          status\n        }\n      }\n    }\n    actions(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.ReuseDeepDocument,
    "\n    query ReuseConditional($withPlans: Boolean!) {\n      council(id: \"cumberland\") {\n        name\n        plans @include(if: $withPlans) {\n          title\n        }\n      }\n    }\n  ": types.ReuseConditionalDocument,
    "query PartnershipsList { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }": types.PartnershipsListDocument,
    "query PartnershipsByIdOrKey { byKey: partnership(id: \"cumbria\") { name } byId: partnership(id: \"Partnership:a-later-one\") { name } unknown: partnership(id: \"nowhere\") { name } malformed: partnership(id: \"Not a key!\") { name } }": types.PartnershipsByIdOrKeyDocument,
    "query PartnershipsWithoutId { partnership { name } }": types.PartnershipsWithoutIdDocument,
    "query PartnershipsAcrossTheGraph { partnerships { name } partnership { name } councils { name } jointInitiative(id: \"regional-adoption-agency\") { partners { name } } }": types.PartnershipsAcrossTheGraphDocument,
    "query PlanStructureHeadingTree { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }": types.PlanStructureHeadingTreeDocument,
    "query PlanStructurePriorityHeadings { councils { plans { id headings(kind: \"PRIORITY\") { title parentHeading { kind title } } } } }": types.PlanStructurePriorityHeadingsDocument,
    "query PlanStructureStrandHeadings { councils { plans { id headings(kind: \"STRAND\") { kindName number title parentHeading { kind number } } } } }": types.PlanStructureStrandHeadingsDocument,
    "query PlanStructureOutcomeActions { councils { plans { id headings(kind: \"OUTCOME\") { kind number actions { title parentHeading { kind number } priority { title } } statements { kindCode label number } subheadings { kind actions { title } } } } } }": types.PlanStructureOutcomeActionsDocument,
    "query PlanStructureMeasureGroups { councils { plans { id measureGroups { title source { section quote } parentHeading { kind title } measures { text } } measures { text group { title } parentHeading { kind } } } } }": types.PlanStructureMeasureGroupsDocument,
    "query PlanStructureStatementKinds { councils { plans { id aspirations: statements(kindCode: \"ASPIRATION\") { kind kindCode kindName label number } promises: statements(kind: PROMISE) { kindCode kindName label } others: statements(kind: OTHER) { kindCode } } } }": types.PlanStructureStatementKindsDocument,
    "query PlanStructureHeadingIds { councils { plans { headings { id subheadings { id } } } } }": types.PlanStructureHeadingIdsDocument,
    "query PlanStructureDeep($ids: [ID!]!) { nodes(ids: $ids) { id ... on Heading {\n    kind kindName number title plan { title } parentHeading { kind title }\n    subheadings { kind title actions { title } }\n    actions { title parentHeading { kind } themes { id } }\n    measures { text group { title measures { text } } }\n    statements { kindCode kindName }\n    successMeasures { text }\n  } } }": types.PlanStructureDeepDocument,
    "mutation ReplicasRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } update { id revision state } errors { code } } }": types.ReplicasRecordDocument,
    "mutation ReplicasApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version status } update { id state } errors { code field } } }": types.ReplicasApproveDocument,
    "query ReplicasState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }": types.ReplicasStateDocument,
    "query ReplicasActions($count: Int) { councils { actions(first: $count) { nodes { id version } } } }": types.ReplicasActionsDocument,
    "query ReplicasAuditTotal { councils { auditLog(first: 1) { totalCount } } }": types.ReplicasAuditTotalDocument,
    "query ReplicasAuditLog { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }": types.ReplicasAuditLogDocument,
    "query ReplicasActionState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }": types.ReplicasActionStateDocument,
    "mutation ReplicasReturn($input: SignOffInput!) { returnCumberlandProgressUpdate(input: $input) { update { state revision } errors { code field currentVersion } } }": types.ReplicasReturnDocument,
    "mutation ReplicasRetryRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { update { id } replayed errors { code } } }": types.ReplicasRetryRecordDocument,
    "query ReportsActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": types.ReportsActionVersionDocument,
    "query ReportsPlanActionIds { node(id: \"WestmorlandAndFurnessPlan:ambition-for-every-child\") { ... on Plan { actions { id } } } }": types.ReportsPlanActionIdsDocument,
    "query ResponseCachePlanTitles { councils { name plans { title } } }": types.ResponseCachePlanTitlesDocument,
    "query ResponseCacheActionState($id: ID!) { node(id: $id) { id ... on Action { status version } } }": types.ResponseCacheActionStateDocument,
    "mutation ResponseCacheRecordDraft($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { errors { code } action { version } update { id revision state } } }": types.ResponseCacheRecordDraftDocument,
    "mutation ResponseCacheApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { errors { code } action { version status } } }": types.ResponseCacheApproveDocument,
    "query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": types.ResponseCacheVersionDocument,
    "query SharedDownOwnData {\n  cumberland { id name gssCode plans { title priorities { title } } actions(first: 5) { totalCount nodes { id title themes { id } } } boards { name } }\n  westmorlandAndFurness { name plans { title } }\n}": types.SharedDownOwnDataDocument,
    "mutation SignInCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } errors { code } } }": types.SignInCreateJointActionDocument,
    "query SignInAuditLog { partnership { auditLog(first: 5) { edges { node { operation entityId actor { subject name } } } } } }": types.SignInAuditLogDocument,
    "query SignInTypename { __typename }": types.SignInTypenameDocument,
    "query SignInJointActionIds { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": types.SignInJointActionIdsDocument,
    "mutation SignOffCreateJointAction { createJointAction(input: { initiativeId: \"regional-adoption-agency\", title: \"Agree the agency's governance\", owner: \"RAA programme lead\" }) { jointAction { id } errors { code } } }": types.SignOffCreateJointActionDocument,
    "query SignOffWorkState($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }": types.SignOffWorkStateDocument,
    "query SignOffQuery($id: ID!) { node(id: $id) { ... on Action { status rag latestUpdate { note state } updates { totalCount nodes { note state } } } } }": types.SignOffQueryDocument,
    "query SignOffFeed($first: Int, $after: String) { councils { changes(first: $first, after: $after) { totalCount nodes { entityId kind at sequence } pageInfo { endCursor hasNextPage } } } }": types.SignOffFeedDocument,
    "query SignOffAuditLog { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }": types.SignOffAuditLogDocument,
    "query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }": types.SignOffQueryXDocument,
    "query StaffIdentitiesActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": types.StaffIdentitiesActionVersionDocument,
    "query StaffIdentitiesRead($id: ID!) {\n  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n}\nfragment StaffIdentitiesActor on Actor { subject name team }": types.StaffIdentitiesReadDocument,
    "query StartRestartCouncilsAndShared { councils { name actions { totalCount } } jointInitiative(id: \"regional-adoption-agency\") { status } }": types.StartRestartCouncilsAndSharedDocument,
    "query StartRestartCumberlandOwn { cumberland { name plans { title } } }": types.StartRestartCumberlandOwnDocument,
    "query StatsUpdateStartingCareSeries { indicatorComparison(code: \"children-starting-care-rate\") { councils { gssCode series { timePeriod council { value status } england { value } } } } }": types.StatsUpdateStartingCareSeriesDocument,
    "query ThirdCouncilCouncils { councils { id name gssCode plans { title } boards { name oversees { title } } } }": types.ThirdCouncilCouncilsDocument,
    "query ThirdCouncilPartners { jointInitiative(id: \"regional-adoption-agency\") { partners { name } } partnership { councils { name } } node(id: \"ExampleshireCouncil:exampleshire\") { ... on Council { name } } }": types.ThirdCouncilPartnersDocument,
    "fragment TrackingRecorded on RecordActionProgressPayload { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } }": types.TrackingRecordedFragmentDoc,
    "mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { ...TrackingRecorded } }": types.TrackingRecordWestmorlandAndFurnessDocument,
    "mutation TrackingRecordCumberland($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { ...TrackingRecorded } }": types.TrackingRecordCumberlandDocument,
    "query TrackingActionStatusAndVersion($id: ID!) { node(id: $id) { ... on Action { status version } } }": types.TrackingActionStatusAndVersionDocument,
    "query TrackingDraftCount($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }": types.TrackingDraftCountDocument,
    "query TrackingUpdateStates($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }": types.TrackingUpdateStatesDocument,
    "query TrackingPlansAndActionStatus($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }": types.TrackingPlansAndActionStatusDocument,
    "query TrackingActionUpdates($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }": types.TrackingActionUpdatesDocument,
    "query TrackingFirstUpdatesPage($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": types.TrackingFirstUpdatesPageDocument,
    "query TrackingUpdatesPageAfter($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": types.TrackingUpdatesPageAfterDocument,
    "query TrackingAuditLog { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }": types.TrackingAuditLogDocument,
    "query VocabularyParticipationTheme {\n    themes { code council { name } }\n    theme(themeCode: \"PARTICIPATION\") { code name council { name } }\n    councils { name actions(filter: { themeCode: \"PARTICIPATION\" }) { totalCount nodes { title themes { id } } } }\n    jointInitiatives(filter: { themeCode: \"PARTICIPATION\" }) { totalCount }\n  }": types.VocabularyParticipationThemeDocument,
    "query VocabularyMisspeltThemeCode { councils { actions(filter: { themeCode: \"PARTICIPATON\" }) { totalCount } } }": types.VocabularyMisspeltThemeCodeDocument,
    "query VocabularyThemeByEnumOrCode { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: \"ADOPTION\" }) { totalCount } } }": types.VocabularyThemeByEnumOrCodeDocument,
    "query VocabularyCouncilIndicator {\n    indicator(code: \"family-hub-locations\") { kind council { name } }\n    national: indicator(code: \"good-level-of-development\") { council { name } }\n    council(id: \"cumberland\") { indicator(code: \"family-hub-locations\") { values { value undated undatedReason asAt } latest { text } } }\n  }": types.VocabularyCouncilIndicatorDocument,
    "query VocabularyIndicatorComparators {\n    cumberland: council(id: \"cumberland\") { indicator(code: \"population-density\") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }\n    wf: council(id: \"westmorland-furness\") { indicator(code: \"cared-for-children\") { values { undated undatedReason comparators { area } } } }\n  }": types.VocabularyIndicatorComparatorsDocument,
    "query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: \"westmorland-furness\") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }": types.WorkspaceFiltersFilteredDocument,
    "query WorkspaceFiltersCouncilActionIds { council(id: \"westmorland-furness\") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }": types.WorkspaceFiltersCouncilActionIdsDocument,
    "query WorkspaceFiltersByPlan { councils { actions(filter: { plan: \"CumberlandPlan:children-and-family-wellbeing-plan\" }) { totalCount } } }": types.WorkspaceFiltersByPlanDocument,
    "query WorkspaceActionDetail($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Action {\n      ...WorkspaceActionSummary\n      council {\n        id\n        name\n      }\n      updates(first: 100) {\n        totalCount\n        nodes {\n          ...WorkspaceUpdate\n        }\n      }\n    }\n    ... on JointAction {\n      title\n      owner\n      dueDate\n      status\n      forecastStatus\n      rag\n      version\n      initiative {\n        id\n        name\n      }\n      withdrawnAt\n      withdrawnBy {\n        name\n        team\n      }\n      withdrawalReason\n      updates(first: 100) {\n        totalCount\n        nodes {\n          ...WorkspaceUpdate\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceCouncilAudit($council: ID!, $entity: ID!) {\n  council(id: $council) {\n    id\n    auditLog(first: 100, entity: $entity) {\n      nodes {\n        id\n        at\n        operation\n        actor {\n          name\n          team\n        }\n        before\n        after\n      }\n    }\n  }\n}\n\nquery WorkspacePartnershipAudit($partnership: ID!, $entity: ID!) {\n  partnership(id: $partnership) {\n    id\n    auditLog(first: 100, entity: $entity) {\n      nodes {\n        id\n        at\n        operation\n        actor {\n          name\n          team\n        }\n        before\n        after\n      }\n    }\n  }\n}": types.WorkspaceActionDetailDocument,
    "query WorkspaceCouncilChanges($council: ID!, $after: String) {\n  council(id: $council) {\n    id\n    name\n    changes(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        entityId\n        kind\n        at\n        sequence\n      }\n    }\n  }\n}\n\nquery WorkspacePartnerships {\n  partnerships {\n    id\n    name\n  }\n}\n\nquery WorkspacePartnershipChanges($partnership: ID!, $after: String) {\n  partnership(id: $partnership) {\n    id\n    name\n    changes(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        entityId\n        kind\n        at\n        sequence\n      }\n    }\n  }\n}\n\nquery WorkspaceTitles($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Action {\n      title\n    }\n    ... on JointAction {\n      title\n    }\n    ... on Council {\n      name\n    }\n    ... on Partnership {\n      name\n    }\n  }\n}": types.WorkspaceCouncilChangesDocument,
    "fragment WorkspaceUpdate on ProgressUpdate {\n  id\n  state\n  revision\n  version\n  status\n  forecastStatus\n  rag\n  note\n  explanation\n  reopenReason\n  returnReason\n  evidenceUrl\n  recordedAt\n  recordedBy {\n    name\n    subject\n    team\n  }\n  submittedAt\n  decidedAt\n  decidedBy {\n    name\n    subject\n    team\n  }\n}\n\nfragment WorkspaceError on UserError {\n  code\n  field\n  message\n  currentVersion\n}\n\nfragment WorkspaceActionSummary on Action {\n  id\n  title\n  status\n  forecastStatus\n  rag\n  version\n  updatedAt\n  plan {\n    id\n    title\n  }\n}\n\nfragment WorkspaceAction on Action {\n  ...WorkspaceActionSummary\n  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {\n    nodes {\n      id\n      state\n      recordedAt\n    }\n  }\n}\n\nfragment WorkspaceJointAction on JointAction {\n  id\n  title\n  owner\n  description\n  dueDate\n  status\n  forecastStatus\n  rag\n  version\n  revision\n  withdrawnAt\n  withdrawnBy {\n    name\n    team\n  }\n  withdrawalReason\n  latestUpdate {\n    recordedAt\n    decidedAt\n  }\n  milestones {\n    title\n    dueDate\n  }\n  advances {\n    id\n    title\n    council {\n      name\n    }\n  }\n  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {\n    nodes {\n      id\n      state\n      recordedAt\n    }\n  }\n}": types.WorkspaceUpdateFragmentDoc,
    "query WorkspaceCouncilInbox($council: ID!, $filter: ActionFilter, $after: String) {\n  council(id: $council) {\n    id\n    name\n    actions(first: 100, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        forecastStatus\n        rag\n        version\n        submitted: updates(first: 5, states: [SUBMITTED]) {\n          nodes {\n            ...WorkspaceUpdate\n          }\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceJointInbox {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      name\n      jointActions(first: 50, filter: {updateStates: [SUBMITTED]}) {\n        nodes {\n          id\n          title\n          status\n          forecastStatus\n          rag\n          version\n          submitted: updates(first: 5, states: [SUBMITTED]) {\n            nodes {\n              ...WorkspaceUpdate\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.WorkspaceCouncilInboxDocument,
    "mutation WorkspaceCreateJointAction($input: CreateJointActionInput!) {\n  result: createJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nquery WorkspaceCouncilActionChoices {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n      actions {\n        id\n        title\n      }\n    }\n  }\n}\n\nmutation WorkspaceUpdateJointAction($input: UpdateJointActionInput!) {\n  result: updateJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nmutation WorkspaceWithdrawJointAction($input: WithdrawJointActionInput!) {\n  result: withdrawJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nquery WorkspaceAllJointActions {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      key\n      name\n      jointActions(first: 50, filter: {includeWithdrawn: true}) {\n        nodes {\n          ...WorkspaceJointAction\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceJointActionToEdit($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JointAction {\n      ...WorkspaceJointAction\n      initiative {\n        id\n        name\n      }\n    }\n  }\n}": types.WorkspaceCreateJointActionDocument,
    "query WorkspaceCouncilActions($council: ID!, $filter: ActionFilter, $after: String) {\n  council(id: $council) {\n    id\n    name\n    actions(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkspaceAction\n      }\n    }\n  }\n}\n\nquery WorkspaceJointActions($filter: JointActionFilter) {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      key\n      name\n      jointActions(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          ...WorkspaceJointAction\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceThemes {\n  themes {\n    code\n    name\n  }\n}\n\nquery WorkspaceCouncilGovernance($council: ID!) {\n  council(id: $council) {\n    id\n    plans {\n      id\n      title\n    }\n    boards {\n      id\n      name\n    }\n  }\n}": types.WorkspaceCouncilActionsDocument,
    "mutation WorkspaceRecordCumberland($input: RecordProgressInput!) {\n  result: recordCumberlandActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceRecordWestmorlandAndFurness($input: RecordProgressInput!) {\n  result: recordWestmorlandAndFurnessActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceRecordJoint($input: RecordProgressInput!) {\n  result: recordJointActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}": types.WorkspaceRecordCumberlandDocument,
    "query WorkspaceReportChoices {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n    }\n    boards {\n      id\n      name\n    }\n  }\n  jointInitiatives(first: 50) {\n    nodes {\n      id\n      key\n      name\n    }\n  }\n}": types.WorkspaceReportChoicesDocument,
    "mutation WorkspaceSubmitCumberland($input: SignOffInput!) {\n  result: submitCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceSubmitWestmorlandAndFurness($input: SignOffInput!) {\n  result: submitWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceSubmitJoint($input: SignOffInput!) {\n  result: submitJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveCumberland($input: SignOffInput!) {\n  result: approveCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveWestmorlandAndFurness($input: SignOffInput!) {\n  result: approveWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveJoint($input: SignOffInput!) {\n  result: approveJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnCumberland($input: SignOffInput!) {\n  result: returnCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnWestmorlandAndFurness($input: SignOffInput!) {\n  result: returnWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnJoint($input: SignOffInput!) {\n  result: returnJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}": types.WorkspaceSubmitCumberlandDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchCouncilOverview($text: String, $first: Int) {\n  councils {\n    id\n    name\n    gssCode\n    plans {\n      id\n      title\n      kind\n      period {\n        start\n        end\n      }\n      headings {\n        id\n        kindName\n        number\n        title\n        subheadings {\n          id\n          kindName\n          number\n          title\n        }\n      }\n      boards {\n        name\n      }\n    }\n    actions(filter: {text: $text}, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        plan {\n          title\n        }\n      }\n    }\n  }\n  jointInitiatives(first: $first) {\n    totalCount\n    nodes {\n      name\n      status\n    }\n  }\n}"): typeof import('./graphql').BenchCouncilOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchDeepPlan($first: Int) {\n  council(id: \"westmorland-furness\") {\n    ...DeepPlan\n  }\n}\n\nfragment DeepPlan on Council {\n  name\n  plans {\n    title\n    headings {\n      title\n      subheadings {\n        title\n        actions {\n          id\n          title\n          status\n          themes {\n            id\n          }\n        }\n      }\n      actions {\n        id\n        title\n        status\n        themes {\n          id\n        }\n      }\n    }\n  }\n  actions(first: $first) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n}"): typeof import('./graphql').BenchDeepPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchIndicatorComparison($code: String!, $first: Int) {\n  indicator(code: $code) {\n    code\n    title\n    unit\n    polarity\n  }\n  councils {\n    name\n    indicator(code: $code) {\n      tracked\n      noValueReason\n      latest {\n        value\n        status\n      }\n      values {\n        value\n        status\n        period {\n          timePeriod\n        }\n      }\n      comparators {\n        value\n        geography\n      }\n    }\n    figures(indicator: $code, first: $first) {\n      totalCount\n      nodes {\n        value\n      }\n    }\n  }\n}"): typeof import('./graphql').BenchIndicatorComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchJointInitiative($id: ID!, $text: String, $first: Int) {\n  jointInitiative(id: $id) {\n    id\n    name\n    kind\n    status\n    statusSource {\n      quote\n    }\n    partners {\n      name\n      actions(filter: {text: $text}, first: $first) {\n        totalCount\n        nodes {\n          title\n        }\n      }\n    }\n    restsOn {\n      name\n      status\n    }\n    councilActions {\n      id\n      title\n      status\n      plan {\n        title\n      }\n      council {\n        name\n      }\n      source {\n        section\n        quote\n      }\n    }\n  }\n  jointInitiatives(first: $first) {\n    totalCount\n  }\n}"): typeof import('./graphql').BenchJointInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchJointWorkCatalogue($first: Int) {\n  jointInitiatives(first: $first) {\n    totalCount\n    nodes {\n      key\n      name\n      kind\n      status\n      themes {\n        code\n        name\n      }\n    }\n  }\n  themes {\n    code\n    name\n  }\n  indicators {\n    code\n    title\n    unit\n    polarity\n  }\n}"): typeof import('./graphql').BenchJointWorkCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardAdoptionAgency {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    name\n    status\n    summary\n    statusSource {\n      ...SourceFields\n    }\n    partners {\n      name\n    }\n    councilActions {\n      id\n      title\n      status\n      rag\n      updatedAt\n      council {\n        name\n      }\n      plan {\n        title\n      }\n      source {\n        ...SourceFields\n      }\n    }\n  }\n}\n\nquery DashboardAdoptionAgencyJointActions {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    jointActions(first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        owner\n        dueDate\n        status\n        rag\n      }\n    }\n  }\n}"): typeof import('./graphql').DashboardAdoptionAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardIndicators {\n  indicators {\n    code\n    title\n  }\n}\n\nquery DashboardIndicatorComparison($code: String!) {\n  indicator(code: $code) {\n    code\n    title\n    unit\n    polarity\n    definition\n  }\n  councils {\n    id\n    name\n    indicator(code: $code) {\n      noValueReason\n      values {\n        ...IndicatorValueFields\n      }\n      comparators {\n        ...IndicatorValueFields\n      }\n    }\n  }\n}\n\nfragment IndicatorValueFields on IndicatorValue {\n  value\n  status\n  text\n  asAt\n  undatedReason\n  geography\n  period {\n    timePeriod\n    timeIdentifier\n  }\n  source {\n    ...SourceFields\n  }\n}\n\nquery DashboardBenchmark($code: String!) {\n  indicatorComparison(code: $code) {\n    csvPath\n    neighbourSet {\n      name\n      release\n      synthetic\n    }\n    publishedMeasure {\n      dataset\n      measure\n      title\n      polarity\n      unit\n      publication\n      councilsFrom\n      licence\n    }\n    councils {\n      council {\n        id\n        name\n      }\n      region {\n        name\n      }\n      quartile\n      quartileReason\n      quartilePeriod\n      localAuthoritiesRanked\n      series {\n        ...BenchmarkPointFields\n      }\n      predecessor {\n        name\n        laCode\n        gssCode\n        lastDay\n        lastPeriod\n        neighbourSet {\n          name\n          release\n        }\n        series {\n          ...BenchmarkPointFields\n        }\n      }\n    }\n  }\n}\n\nfragment BenchmarkPointFields on ComparisonPoint {\n  timePeriod\n  council {\n    value\n    status\n  }\n  region {\n    value\n    status\n  }\n  england {\n    value\n    status\n  }\n  neighbourMean\n  neighboursWithValue\n  neighbours\n}"): typeof import('./graphql').DashboardIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPlans {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      period {\n        text\n      }\n      source {\n        ...SourceFields\n      }\n      boards {\n        id\n        name\n        kind\n        source {\n          ...SourceFields\n        }\n      }\n      headings {\n        ...DashboardHeadingFields\n        subheadings {\n          ...DashboardHeadingFields\n          subheadings {\n            ...DashboardHeadingFields\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment DashboardHeadingFields on Heading {\n  id\n  kindName\n  number\n  title\n  source {\n    ...SourceFields\n  }\n}"): typeof import('./graphql').DashboardPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SourceFields on Source {\n  document {\n    id\n    title\n    publisher\n    published\n    url\n  }\n  section\n  quote\n}"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardThemes {\n  themes {\n    code\n    name\n  }\n}\n\nquery DashboardTheme($theme: String!) {\n  theme(themeCode: $theme) {\n    name\n    description\n    jointInitiatives {\n      id\n      name\n      status\n      summary\n      source {\n        ...SourceFields\n      }\n    }\n  }\n  councils {\n    id\n    name\n    actions(filter: {themeCode: $theme}, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        status\n        plan {\n          title\n        }\n        source {\n          ...SourceFields\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').DashboardThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrossFootprintOverview {\n  councils {\n    __typename\n    name\n    gssCode\n    plans {\n      title\n      kind\n      period {\n        start\n        end\n        text\n      }\n      headings {\n        kindName\n        number\n        title\n        subheadings {\n          kindName\n          number\n          title\n        }\n      }\n      boards {\n        name\n        kind\n      }\n    }\n  }\n}"): typeof import('./graphql').CrossFootprintOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorComparison($code: String! = \"cared-for-children\") {\n  indicator(code: $code) {\n    code\n    title\n    kind\n    unit\n    polarity\n    periodKind\n    dataset\n    definition\n  }\n  councils {\n    name\n    indicator(code: $code) {\n      tracked\n      latest {\n        value\n        status\n        asAt\n        text\n        geography\n        source {\n          document {\n            title\n          }\n          section\n          quote\n        }\n      }\n      comparators {\n        geography\n        value\n        status\n      }\n      noValueReason\n    }\n  }\n}"): typeof import('./graphql').IndicatorComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointWork {\n  partnership(id: \"cumbria\") {\n    name\n    councils {\n      name\n    }\n    jointInitiatives(first: 50) {\n      totalCount\n      nodes {\n        key\n        name\n        kind\n        status\n        partOf {\n          name\n        }\n        hostedBy {\n          name\n        }\n        councilActions {\n          title\n          council {\n            name\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').JointWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeById($id: ID! = \"CumberlandAction:children-and-family-wellbeing-plan.a35\") {\n  node(id: $id) {\n    __typename\n    id\n    ... on Action {\n      title\n      plan {\n        title\n        period {\n          text\n        }\n      }\n      council {\n        name\n      }\n      themes {\n        id\n      }\n    }\n  }\n}"): typeof import('./graphql').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructure {\n  councils {\n    name\n    plans {\n      title\n      headings {\n        kind\n        kindName\n        number\n        title\n        subheadings {\n          kind\n          number\n          title\n        }\n      }\n      statements(kindCode: \"PROMISE\") {\n        kind\n        kindCode\n        kindName\n        label\n        text\n      }\n      measureGroups {\n        title\n        measures {\n          text\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').PlanStructureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionalAdoptionAgency {\n  jointInitiative(id: \"regional-adoption-agency\") {\n    id\n    name\n    kind\n    status\n    statusSource {\n      document {\n        title\n      }\n      quote\n    }\n    partners {\n      name\n      gssCode\n    }\n    restsOn {\n      name\n      status\n      hostedBy {\n        name\n      }\n    }\n    councilActions {\n      __typename\n      id\n      title\n      status\n      plan {\n        title\n      }\n      council {\n        name\n      }\n      source {\n        section\n        quote\n      }\n    }\n  }\n}"): typeof import('./graphql').RegionalAdoptionAgencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScrutinyMeeting {\n  councils {\n    name\n    meetings(first: 10) {\n      totalCount\n      nodes {\n        date\n        board {\n          name\n          kind\n        }\n        reports {\n          title\n          author\n          leadCabinetMember\n          publicStatus\n          presents {\n            title\n          }\n          recommendations: sections(kind: RECOMMENDATIONS) {\n            heading\n            paragraphs {\n              number\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').ScrutinyMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchActions($text: String = \"transport\", $first: Int = 20, $after: String) {\n  councils {\n    name\n    actions(filter: {text: $text}, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        plan {\n          title\n        }\n        parentHeading {\n          kindName\n          number\n          title\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').SearchActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Voices {\n  councils {\n    name\n    plans {\n      title\n      voices {\n        kind\n        speaker\n        text\n        source {\n          section\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').VoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhatBothCouncilsDoOn($theme: String = \"ADOPTION\") {\n  theme(themeCode: $theme) {\n    name\n  }\n  councils {\n    name\n    actions(filter: {themeCode: $theme}, first: 50) {\n      totalCount\n      nodes {\n        title\n        status\n        plan {\n          title\n        }\n        source {\n          document {\n            title\n          }\n          section\n          quote\n        }\n      }\n    }\n  }\n  jointInitiatives(filter: {themeCode: $theme}) {\n    totalCount\n    nodes {\n      name\n      status\n    }\n  }\n}"): typeof import('./graphql').WhatBothCouncilsDoOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyntheticCouncilsPlansAndCounts { councils { id plans { title } actions(first: 1) { totalCount } } jointInitiatives(first: 1) { totalCount } }"): typeof import('./graphql').SyntheticCouncilsPlansAndCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SyntheticActionWithUpdates($id: ID!) { node(id: $id) { ... on Action { status rag version updates(first: 2) { totalCount nodes { note } } } } }"): typeof import('./graphql').SyntheticActionWithUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkflowCouncilIndicatorsLatestAndComparators {\n        councils { name\n          cp: indicator(code: \"child-protection-plan-rate\") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }\n          rr: indicator(code: \"re-referrals-12-months\") { latest { value status } } } }"): typeof import('./graphql').WorkflowCouncilIndicatorsLatestAndComparatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingActionIds { councils { actions(first: 100) { nodes { id } } } }"): typeof import('./graphql').BatchingActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingDeep($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Action {\n      title status source { quote document { title } }\n      themes { id }\n      council { name }\n      priority { title parent { title } }\n      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }\n    }\n  }\n}"): typeof import('./graphql').BatchingDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingActionCouncilsPlansBoardsAndAdoption { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }"): typeof import('./graphql').BatchingActionCouncilsPlansBoardsAndAdoptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonDfeCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code polarity }\n    neighbourSet { name release synthetic }\n    publishedMeasure { dataset measure polarity unit publication councilsFrom licence }\n    councils {\n      gssCode neighbours quartile quartileReason quartilePeriod localAuthoritiesRanked note\n      series { ...ComparisonDfePoint }\n      predecessor { gssCode name laCode lastPeriod neighbourSet { name } series { ...ComparisonDfePoint } }\n    }\n  }\n}\nfragment ComparisonDfePoint on ComparisonPoint { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }"): typeof import('./graphql').ComparisonDfeCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code title polarity }\n    neighbourSet { name release synthetic }\n    csvPath\n    councils {\n      council { name indicator(code: $code) { measures { text plan { title } priority { title } } } }\n      geography { code name } region { code name } neighbours\n      series { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }\n      quartile quartileReason quartilePeriod localAuthoritiesRanked\n    }\n  }\n}"): typeof import('./graphql').ComparisonCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonGeographyValuesAndUnknownIndicator { geography(code: \"E10000006\") { name level laCode validTo values(indicator: \"re-referrals-12-months\") { timePeriod value } }\n       geographies(level: LOCAL_AUTHORITY) { code name }\n       indicatorComparison(code: \"no-such-indicator\") { csvPath } }"): typeof import('./graphql').ComparisonGeographyValuesAndUnknownIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonReportedAdoptionValuesAndSeries {\n    jointInitiative(id: \"regional-adoption-agency\") { reportedValues(indicator: \"adoption-a1\") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }\n    indicatorComparison(code: \"adoption-a1\") { councils { series { timePeriod council { value status } } } }\n  }"): typeof import('./graphql').ComparisonReportedAdoptionValuesAndSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonReportedValues { jointInitiative(id: \"regional-adoption-agency\") { reportedValues { indicator status value } } }"): typeof import('./graphql').ComparisonReportedValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComparisonValuesAtEveryLevel { geographies { code values(indicator: \"re-referrals-12-months\") { value } }\n       indicatorComparison(code: \"re-referrals-12-months\") { councils { geography { code } region { code } } }\n       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }"): typeof import('./graphql').ComparisonValuesAtEveryLevelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {\n  council(id: \"westmorland-furness\") {\n    actions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n      nodes { id }\n    }\n  }\n}"): typeof import('./graphql').ConnectionsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsFirstPagesAndTotals {\n      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }\n      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }\n    }"): typeof import('./graphql').ConnectionsFirstPagesAndTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsJointInitiativesAfter($after: String) { jointInitiatives(after: $after) { nodes { key } } }"): typeof import('./graphql').ConnectionsJointInitiativesAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsPlanAndMeetingLists {\n      council(id: \"westmorland-furness\") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }\n    }"): typeof import('./graphql').ConnectionsPlanAndMeetingListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardJointInitiativeCouncilActions { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id __typename title } } }"): typeof import('./graphql').DashboardJointInitiativeCouncilActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPlanSources { councils { plans { title source { section quote document { title } } } } }"): typeof import('./graphql').DashboardPlanSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardTransportActions { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }"): typeof import('./graphql').DashboardTransportActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPlanAndBoardSources { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }"): typeof import('./graphql').DashboardPlanAndBoardSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPlanHeadingTree { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }"): typeof import('./graphql').DashboardPlanHeadingTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }"): typeof import('./graphql').DurabilityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvidenceCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }"): typeof import('./graphql').EvidenceCreateJointActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EvidenceActionUpdates($id: ID!, $states: [UpdateState!]) { node(id: $id) { ... on Action { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } ... on JointAction { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } } }"): typeof import('./graphql').EvidenceActionUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayQuery { councils { name } jointInitiative(id: \"regional-adoption-agency\") { councilActions { title } } }"): typeof import('./graphql').GatewayQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayCouncilNames { councils { name } }"): typeof import('./graphql').GatewayCouncilNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphCouncilPlansInFull {\n      councils { __typename name gssCode\n        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }"): typeof import('./graphql').GraphCouncilPlansInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAdoptionActions {\n      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }"): typeof import('./graphql').GraphAdoptionActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphActionFilters {\n      councils {\n        transport: actions(filter: { text: \"SCHOOL TRANSPORT\" }) { nodes { title } }\n        percent: actions(filter: { text: \"%\" }) { nodes { title } }\n        none: actions(filter: { status: ON_TRACK }) { nodes { title } }\n        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }\n        combined: actions(filter: { text: \"send\", theme: SEND }) { nodes { title } }\n      } }"): typeof import('./graphql').GraphActionFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphJointInitiativeWithSources {\n      jointInitiative(id: \"regional-adoption-agency\") { id name status kind\n        partners { name }\n        restsOn { name status hostedBy { name } }\n        councilActions { __typename title plan { title } council { name } }\n        sources { quote document { publisher } } } }"): typeof import('./graphql').GraphJointInitiativeWithSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPartnershipAndInitiativeFilters {\n      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }\n      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }\n      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }\n      theme(code: ADOPTION) { name jointInitiatives { key } } }"): typeof import('./graphql').GraphPartnershipAndInitiativeFiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphAllNodeIds {\n      councils { id plans { id priorities { id } actions { id } } boards { id } }\n      jointInitiatives { nodes { id } } themes { id } partnership { id } }"): typeof import('./graphql').GraphAllNodeIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphNodeById($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }"): typeof import('./graphql').GraphNodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphUnknownIds {\n      a: node(id: \"CumberlandAction:no-such-action\") { id ... on Action { title } }\n      b: node(id: \"NoSuchType:x\") { id }\n      c: node(id: \"'; DROP TABLE action; --\") { id }\n      d: jointInitiative(id: \"no-such-initiative\") { name }\n      e: council(id: \"WestmorlandAndFurnessCouncil:cumberland\") { id }\n      f: council(id: \"cumberland\") { id }\n      g: node(id: \"JointInitiative:no-such\") { id } }"): typeof import('./graphql').GraphUnknownIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphInjectedTextFilter { councils { actions(filter: { text: \"' OR 1=1 --\" }) { nodes { title } } } }"): typeof import('./graphql').GraphInjectedTextFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphActionTotals { councils { actions { totalCount } } }"): typeof import('./graphql').GraphActionTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphCaredForChildrenIndicator {\n      indicator(code: \"cared-for-children\") { title unit kind }\n      councils { name indicator(code: \"cared-for-children\") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }"): typeof import('./graphql').GraphCaredForChildrenIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlanMeasures {\n      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }\n        indicator(code: \"child-protection-plan-rate\") { tracked noValueReason } } }"): typeof import('./graphql').GraphPlanMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphBoardMeetingReports {\n      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }"): typeof import('./graphql').GraphBoardMeetingReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphPlanVoicesAndStatements {\n      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }"): typeof import('./graphql').GraphPlanVoicesAndStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphNationalAndMissingIndicators { national: indicators(kind: NATIONAL) { code } missing: indicator(code: \"no-such-indicator\") { code } }"): typeof import('./graphql').GraphNationalAndMissingIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileLimitsCouncilNames { councils { id name } }"): typeof import('./graphql').HostileLimitsCouncilNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileReplayCouncilNames { councils { name } }"): typeof import('./graphql').HostileReplayCouncilNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileTokensAudit { councils { auditLog { totalCount } } }"): typeof import('./graphql').HostileTokensAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileCouncilNames { councils { name } }"): typeof import('./graphql').HostileCouncilNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } replayed errors { code field } } }"): typeof import('./graphql').IdempotencyCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { id version } update { id state revision } replayed errors { code field } } }"): typeof import('./graphql').IdempotencyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { id version status } update { id state revision } replayed errors { code field } } }"): typeof import('./graphql').IdempotencyApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InFlightStateQuery($id: ID!) { node(id: $id) { ... on Action { version status updates(states: [SUBMITTED]) { totalCount } } } }"): typeof import('./graphql').InFlightStateQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InFlightRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version } update { id revision } errors { code } } }"): typeof import('./graphql').InFlightRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InFlightApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version } errors { code } } }"): typeof import('./graphql').InFlightApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JointActionEditsFields on JointAction { id title description owner dueDate revision withdrawnAt withdrawnBy { subject name team } withdrawalReason status version milestones { title dueDate } advances { id } }"): typeof import('./graphql').JointActionEditsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JointActionEditsPayload on JointActionPayload { jointAction { ...JointActionEditsFields } errors { code field message currentVersion } replayed }"): typeof import('./graphql').JointActionEditsPayloadFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionEditsCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { ...JointActionEditsPayload } }"): typeof import('./graphql').JointActionEditsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionEditsUpdate($input: UpdateJointActionInput!) { updateJointAction(input: $input) { ...JointActionEditsPayload } }"): typeof import('./graphql').JointActionEditsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionEditsWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { ...JointActionEditsPayload } }"): typeof import('./graphql').JointActionEditsWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionEditsFields } } }"): typeof import('./graphql').JointActionEditsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsAuditLog($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }"): typeof import('./graphql').JointActionEditsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsChangeKinds { partnership { changes(first: 100) { nodes { entityId kind } } } }"): typeof import('./graphql').JointActionEditsChangeKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsChangedIds { partnership { changes(first: 100) { nodes { entityId } } } }"): typeof import('./graphql').JointActionEditsChangedIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsCountWithWithdrawn { jointInitiative(id: \"regional-adoption-agency\") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }"): typeof import('./graphql').JointActionEditsCountWithWithdrawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: \"regional-adoption-agency\") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }"): typeof import('./graphql').JointActionEditsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsCumberlandAuditLog($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }"): typeof import('./graphql').JointActionEditsCumberlandAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JointActionRacesFields on JointAction { id status version revision withdrawnAt }"): typeof import('./graphql').JointActionRacesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionRacesCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }"): typeof import('./graphql').JointActionRacesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionRacesRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionRacesFields updates { nodes { id state } } } } }"): typeof import('./graphql').JointActionRacesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }"): typeof import('./graphql').JointActionRacesWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionRacesAuditLog($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }"): typeof import('./graphql').JointActionRacesAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionsCreate($input: CreateJointActionInput!) {\n  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }"): typeof import('./graphql').JointActionsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointActionsRecord($input: RecordProgressInput!) {\n  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { id state revision note version recordedBy { name } } errors { code field message currentVersion } } }"): typeof import('./graphql').JointActionsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsWithUpdates { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }"): typeof import('./graphql').JointActionsWithUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsAuditLog { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }"): typeof import('./graphql').JointActionsAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsIdsBeforeRefusals { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }"): typeof import('./graphql').JointActionsIdsBeforeRefusalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsIdsAfterRefusals { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }"): typeof import('./graphql').JointActionsIdsAfterRefusalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsAuditTotal { partnership { auditLog { totalCount } } }"): typeof import('./graphql').JointActionsAuditTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsStatusAndVersion($id: ID!) { node(id: $id) { ... on JointAction { status version } } }"): typeof import('./graphql').JointActionsStatusAndVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionsTitleAndApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }"): typeof import('./graphql').JointActionsTitleAndApprovedUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }"): typeof import('./graphql').JointReportCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointReportApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }"): typeof import('./graphql').JointReportApprovedUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointReportCouncilActionIds { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id } } }"): typeof import('./graphql').JointReportCouncilActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointReportWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }"): typeof import('./graphql').JointReportWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheetOutcomesAndPriorities { councils { id plans { title outcomes: headings(kind: \"OUTCOME\") { id kind number title actions { title themes { code } } } priorities: headings(kind: \"PRIORITY\") { number title } } } }"): typeof import('./graphql').OnboardingSpreadsheetOutcomesAndPrioritiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheetYoungCarersActions { theme(themeCode: \"YOUNG_CARERS\") { name } councils { id actions(filter: { themeCode: \"YOUNG_CARERS\" }) { totalCount nodes { title parentHeading { number } } } } }"): typeof import('./graphql').OnboardingSpreadsheetYoungCarersActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheetOutcomeHeading { node(id: \"NorthmerePriority:northmere-cyp-plan.outcome-1\") { ... on Heading { kind number title source { section quote } } } }"): typeof import('./graphql').OnboardingSpreadsheetOutcomeHeadingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheetMeasureGroups { councils { id plans { measureGroups { title measures { text } } } } }"): typeof import('./graphql').OnboardingSpreadsheetMeasureGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheetAspirations { councils { id plans { statements(kindCode: \"ASPIRATION\") { kindCode label text } } } }"): typeof import('./graphql').OnboardingSpreadsheetAspirationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheetFigures { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }"): typeof import('./graphql').OnboardingSpreadsheetFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReuseDeep($first: Int) {\n    council(id: \"westmorland-furness\") {\n      ...ReuseDeepCouncil\n    }\n  }\n  fragment ReuseDeepCouncil on Council {\n    name\n    plans {\n      title\n      headings {\n        title\n        actions {\n          id\n          status\n        }\n      }\n    }\n    actions(first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').ReuseDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReuseConditional($withPlans: Boolean!) {\n      council(id: \"cumberland\") {\n        name\n        plans @include(if: $withPlans) {\n          title\n        }\n      }\n    }\n  "): typeof import('./graphql').ReuseConditionalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsList { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }"): typeof import('./graphql').PartnershipsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsByIdOrKey { byKey: partnership(id: \"cumbria\") { name } byId: partnership(id: \"Partnership:a-later-one\") { name } unknown: partnership(id: \"nowhere\") { name } malformed: partnership(id: \"Not a key!\") { name } }"): typeof import('./graphql').PartnershipsByIdOrKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsWithoutId { partnership { name } }"): typeof import('./graphql').PartnershipsWithoutIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnershipsAcrossTheGraph { partnerships { name } partnership { name } councils { name } jointInitiative(id: \"regional-adoption-agency\") { partners { name } } }"): typeof import('./graphql').PartnershipsAcrossTheGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureHeadingTree { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }"): typeof import('./graphql').PlanStructureHeadingTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructurePriorityHeadings { councils { plans { id headings(kind: \"PRIORITY\") { title parentHeading { kind title } } } } }"): typeof import('./graphql').PlanStructurePriorityHeadingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureStrandHeadings { councils { plans { id headings(kind: \"STRAND\") { kindName number title parentHeading { kind number } } } } }"): typeof import('./graphql').PlanStructureStrandHeadingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureOutcomeActions { councils { plans { id headings(kind: \"OUTCOME\") { kind number actions { title parentHeading { kind number } priority { title } } statements { kindCode label number } subheadings { kind actions { title } } } } } }"): typeof import('./graphql').PlanStructureOutcomeActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureMeasureGroups { councils { plans { id measureGroups { title source { section quote } parentHeading { kind title } measures { text } } measures { text group { title } parentHeading { kind } } } } }"): typeof import('./graphql').PlanStructureMeasureGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureStatementKinds { councils { plans { id aspirations: statements(kindCode: \"ASPIRATION\") { kind kindCode kindName label number } promises: statements(kind: PROMISE) { kindCode kindName label } others: statements(kind: OTHER) { kindCode } } } }"): typeof import('./graphql').PlanStructureStatementKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureHeadingIds { councils { plans { headings { id subheadings { id } } } } }"): typeof import('./graphql').PlanStructureHeadingIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructureDeep($ids: [ID!]!) { nodes(ids: $ids) { id ... on Heading {\n    kind kindName number title plan { title } parentHeading { kind title }\n    subheadings { kind title actions { title } }\n    actions { title parentHeading { kind } themes { id } }\n    measures { text group { title measures { text } } }\n    statements { kindCode kindName }\n    successMeasures { text }\n  } } }"): typeof import('./graphql').PlanStructureDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } update { id revision state } errors { code } } }"): typeof import('./graphql').ReplicasRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version status } update { id state } errors { code field } } }"): typeof import('./graphql').ReplicasApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }"): typeof import('./graphql').ReplicasStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasActions($count: Int) { councils { actions(first: $count) { nodes { id version } } } }"): typeof import('./graphql').ReplicasActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasAuditTotal { councils { auditLog(first: 1) { totalCount } } }"): typeof import('./graphql').ReplicasAuditTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasAuditLog { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }"): typeof import('./graphql').ReplicasAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasActionState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }"): typeof import('./graphql').ReplicasActionStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasReturn($input: SignOffInput!) { returnCumberlandProgressUpdate(input: $input) { update { state revision } errors { code field currentVersion } } }"): typeof import('./graphql').ReplicasReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasRetryRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { update { id } replayed errors { code } } }"): typeof import('./graphql').ReplicasRetryRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }"): typeof import('./graphql').ReportsActionVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsPlanActionIds { node(id: \"WestmorlandAndFurnessPlan:ambition-for-every-child\") { ... on Plan { actions { id } } } }"): typeof import('./graphql').ReportsPlanActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCachePlanTitles { councils { name plans { title } } }"): typeof import('./graphql').ResponseCachePlanTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheActionState($id: ID!) { node(id: $id) { id ... on Action { status version } } }"): typeof import('./graphql').ResponseCacheActionStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheRecordDraft($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { errors { code } action { version } update { id revision state } } }"): typeof import('./graphql').ResponseCacheRecordDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResponseCacheApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { errors { code } action { version status } } }"): typeof import('./graphql').ResponseCacheApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }"): typeof import('./graphql').ResponseCacheVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedDownOwnData {\n  cumberland { id name gssCode plans { title priorities { title } } actions(first: 5) { totalCount nodes { id title themes { id } } } boards { name } }\n  westmorlandAndFurness { name plans { title } }\n}"): typeof import('./graphql').SharedDownOwnDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } errors { code } } }"): typeof import('./graphql').SignInCreateJointActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInAuditLog { partnership { auditLog(first: 5) { edges { node { operation entityId actor { subject name } } } } } }"): typeof import('./graphql').SignInAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInTypename { __typename }"): typeof import('./graphql').SignInTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInJointActionIds { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }"): typeof import('./graphql').SignInJointActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOffCreateJointAction { createJointAction(input: { initiativeId: \"regional-adoption-agency\", title: \"Agree the agency's governance\", owner: \"RAA programme lead\" }) { jointAction { id } errors { code } } }"): typeof import('./graphql').SignOffCreateJointActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffWorkState($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }"): typeof import('./graphql').SignOffWorkStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffQuery($id: ID!) { node(id: $id) { ... on Action { status rag latestUpdate { note state } updates { totalCount nodes { note state } } } } }"): typeof import('./graphql').SignOffQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffFeed($first: Int, $after: String) { councils { changes(first: $first, after: $after) { totalCount nodes { entityId kind at sequence } pageInfo { endCursor hasNextPage } } } }"): typeof import('./graphql').SignOffFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffAuditLog { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }"): typeof import('./graphql').SignOffAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }"): typeof import('./graphql').SignOffQueryXDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffIdentitiesActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }"): typeof import('./graphql').StaffIdentitiesActionVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffIdentitiesRead($id: ID!) {\n  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n}\nfragment StaffIdentitiesActor on Actor { subject name team }"): typeof import('./graphql').StaffIdentitiesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartRestartCouncilsAndShared { councils { name actions { totalCount } } jointInitiative(id: \"regional-adoption-agency\") { status } }"): typeof import('./graphql').StartRestartCouncilsAndSharedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StartRestartCumberlandOwn { cumberland { name plans { title } } }"): typeof import('./graphql').StartRestartCumberlandOwnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatsUpdateStartingCareSeries { indicatorComparison(code: \"children-starting-care-rate\") { councils { gssCode series { timePeriod council { value status } england { value } } } } }"): typeof import('./graphql').StatsUpdateStartingCareSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThirdCouncilCouncils { councils { id name gssCode plans { title } boards { name oversees { title } } } }"): typeof import('./graphql').ThirdCouncilCouncilsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThirdCouncilPartners { jointInitiative(id: \"regional-adoption-agency\") { partners { name } } partnership { councils { name } } node(id: \"ExampleshireCouncil:exampleshire\") { ... on Council { name } } }"): typeof import('./graphql').ThirdCouncilPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrackingRecorded on RecordActionProgressPayload { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } }"): typeof import('./graphql').TrackingRecordedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { ...TrackingRecorded } }"): typeof import('./graphql').TrackingRecordWestmorlandAndFurnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrackingRecordCumberland($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { ...TrackingRecorded } }"): typeof import('./graphql').TrackingRecordCumberlandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingActionStatusAndVersion($id: ID!) { node(id: $id) { ... on Action { status version } } }"): typeof import('./graphql').TrackingActionStatusAndVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingDraftCount($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }"): typeof import('./graphql').TrackingDraftCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingUpdateStates($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }"): typeof import('./graphql').TrackingUpdateStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingPlansAndActionStatus($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }"): typeof import('./graphql').TrackingPlansAndActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingActionUpdates($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }"): typeof import('./graphql').TrackingActionUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingFirstUpdatesPage($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }"): typeof import('./graphql').TrackingFirstUpdatesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingUpdatesPageAfter($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }"): typeof import('./graphql').TrackingUpdatesPageAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrackingAuditLog { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }"): typeof import('./graphql').TrackingAuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabularyParticipationTheme {\n    themes { code council { name } }\n    theme(themeCode: \"PARTICIPATION\") { code name council { name } }\n    councils { name actions(filter: { themeCode: \"PARTICIPATION\" }) { totalCount nodes { title themes { id } } } }\n    jointInitiatives(filter: { themeCode: \"PARTICIPATION\" }) { totalCount }\n  }"): typeof import('./graphql').VocabularyParticipationThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabularyMisspeltThemeCode { councils { actions(filter: { themeCode: \"PARTICIPATON\" }) { totalCount } } }"): typeof import('./graphql').VocabularyMisspeltThemeCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabularyThemeByEnumOrCode { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: \"ADOPTION\" }) { totalCount } } }"): typeof import('./graphql').VocabularyThemeByEnumOrCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabularyCouncilIndicator {\n    indicator(code: \"family-hub-locations\") { kind council { name } }\n    national: indicator(code: \"good-level-of-development\") { council { name } }\n    council(id: \"cumberland\") { indicator(code: \"family-hub-locations\") { values { value undated undatedReason asAt } latest { text } } }\n  }"): typeof import('./graphql').VocabularyCouncilIndicatorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabularyIndicatorComparators {\n    cumberland: council(id: \"cumberland\") { indicator(code: \"population-density\") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }\n    wf: council(id: \"westmorland-furness\") { indicator(code: \"cared-for-children\") { values { undated undatedReason comparators { area } } } }\n  }"): typeof import('./graphql').VocabularyIndicatorComparatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: \"westmorland-furness\") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }"): typeof import('./graphql').WorkspaceFiltersFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFiltersCouncilActionIds { council(id: \"westmorland-furness\") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }"): typeof import('./graphql').WorkspaceFiltersCouncilActionIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFiltersByPlan { councils { actions(filter: { plan: \"CumberlandPlan:children-and-family-wellbeing-plan\" }) { totalCount } } }"): typeof import('./graphql').WorkspaceFiltersByPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceActionDetail($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Action {\n      ...WorkspaceActionSummary\n      council {\n        id\n        name\n      }\n      updates(first: 100) {\n        totalCount\n        nodes {\n          ...WorkspaceUpdate\n        }\n      }\n    }\n    ... on JointAction {\n      title\n      owner\n      dueDate\n      status\n      forecastStatus\n      rag\n      version\n      initiative {\n        id\n        name\n      }\n      withdrawnAt\n      withdrawnBy {\n        name\n        team\n      }\n      withdrawalReason\n      updates(first: 100) {\n        totalCount\n        nodes {\n          ...WorkspaceUpdate\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceCouncilAudit($council: ID!, $entity: ID!) {\n  council(id: $council) {\n    id\n    auditLog(first: 100, entity: $entity) {\n      nodes {\n        id\n        at\n        operation\n        actor {\n          name\n          team\n        }\n        before\n        after\n      }\n    }\n  }\n}\n\nquery WorkspacePartnershipAudit($partnership: ID!, $entity: ID!) {\n  partnership(id: $partnership) {\n    id\n    auditLog(first: 100, entity: $entity) {\n      nodes {\n        id\n        at\n        operation\n        actor {\n          name\n          team\n        }\n        before\n        after\n      }\n    }\n  }\n}"): typeof import('./graphql').WorkspaceActionDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceCouncilChanges($council: ID!, $after: String) {\n  council(id: $council) {\n    id\n    name\n    changes(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        entityId\n        kind\n        at\n        sequence\n      }\n    }\n  }\n}\n\nquery WorkspacePartnerships {\n  partnerships {\n    id\n    name\n  }\n}\n\nquery WorkspacePartnershipChanges($partnership: ID!, $after: String) {\n  partnership(id: $partnership) {\n    id\n    name\n    changes(first: 100, after: $after) {\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        entityId\n        kind\n        at\n        sequence\n      }\n    }\n  }\n}\n\nquery WorkspaceTitles($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    __typename\n    id\n    ... on Action {\n      title\n    }\n    ... on JointAction {\n      title\n    }\n    ... on Council {\n      name\n    }\n    ... on Partnership {\n      name\n    }\n  }\n}"): typeof import('./graphql').WorkspaceCouncilChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkspaceUpdate on ProgressUpdate {\n  id\n  state\n  revision\n  version\n  status\n  forecastStatus\n  rag\n  note\n  explanation\n  reopenReason\n  returnReason\n  evidenceUrl\n  recordedAt\n  recordedBy {\n    name\n    subject\n    team\n  }\n  submittedAt\n  decidedAt\n  decidedBy {\n    name\n    subject\n    team\n  }\n}\n\nfragment WorkspaceError on UserError {\n  code\n  field\n  message\n  currentVersion\n}\n\nfragment WorkspaceActionSummary on Action {\n  id\n  title\n  status\n  forecastStatus\n  rag\n  version\n  updatedAt\n  plan {\n    id\n    title\n  }\n}\n\nfragment WorkspaceAction on Action {\n  ...WorkspaceActionSummary\n  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {\n    nodes {\n      id\n      state\n      recordedAt\n    }\n  }\n}\n\nfragment WorkspaceJointAction on JointAction {\n  id\n  title\n  owner\n  description\n  dueDate\n  status\n  forecastStatus\n  rag\n  version\n  revision\n  withdrawnAt\n  withdrawnBy {\n    name\n    team\n  }\n  withdrawalReason\n  latestUpdate {\n    recordedAt\n    decidedAt\n  }\n  milestones {\n    title\n    dueDate\n  }\n  advances {\n    id\n    title\n    council {\n      name\n    }\n  }\n  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {\n    nodes {\n      id\n      state\n      recordedAt\n    }\n  }\n}"): typeof import('./graphql').WorkspaceUpdateFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceCouncilInbox($council: ID!, $filter: ActionFilter, $after: String) {\n  council(id: $council) {\n    id\n    name\n    actions(first: 100, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        forecastStatus\n        rag\n        version\n        submitted: updates(first: 5, states: [SUBMITTED]) {\n          nodes {\n            ...WorkspaceUpdate\n          }\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceJointInbox {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      name\n      jointActions(first: 50, filter: {updateStates: [SUBMITTED]}) {\n        nodes {\n          id\n          title\n          status\n          forecastStatus\n          rag\n          version\n          submitted: updates(first: 5, states: [SUBMITTED]) {\n            nodes {\n              ...WorkspaceUpdate\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').WorkspaceCouncilInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceCreateJointAction($input: CreateJointActionInput!) {\n  result: createJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nquery WorkspaceCouncilActionChoices {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n      actions {\n        id\n        title\n      }\n    }\n  }\n}\n\nmutation WorkspaceUpdateJointAction($input: UpdateJointActionInput!) {\n  result: updateJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nmutation WorkspaceWithdrawJointAction($input: WithdrawJointActionInput!) {\n  result: withdrawJointAction(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    jointAction {\n      ...WorkspaceJointAction\n    }\n  }\n}\n\nquery WorkspaceAllJointActions {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      key\n      name\n      jointActions(first: 50, filter: {includeWithdrawn: true}) {\n        nodes {\n          ...WorkspaceJointAction\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceJointActionToEdit($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JointAction {\n      ...WorkspaceJointAction\n      initiative {\n        id\n        name\n      }\n    }\n  }\n}"): typeof import('./graphql').WorkspaceCreateJointActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceCouncilActions($council: ID!, $filter: ActionFilter, $after: String) {\n  council(id: $council) {\n    id\n    name\n    actions(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkspaceAction\n      }\n    }\n  }\n}\n\nquery WorkspaceJointActions($filter: JointActionFilter) {\n  jointInitiatives(first: 10) {\n    nodes {\n      id\n      key\n      name\n      jointActions(first: 50, filter: $filter) {\n        totalCount\n        nodes {\n          ...WorkspaceJointAction\n        }\n      }\n    }\n  }\n}\n\nquery WorkspaceThemes {\n  themes {\n    code\n    name\n  }\n}\n\nquery WorkspaceCouncilGovernance($council: ID!) {\n  council(id: $council) {\n    id\n    plans {\n      id\n      title\n    }\n    boards {\n      id\n      name\n    }\n  }\n}"): typeof import('./graphql').WorkspaceCouncilActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceRecordCumberland($input: RecordProgressInput!) {\n  result: recordCumberlandActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceRecordWestmorlandAndFurness($input: RecordProgressInput!) {\n  result: recordWestmorlandAndFurnessActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceRecordJoint($input: RecordProgressInput!) {\n  result: recordJointActionProgress(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}"): typeof import('./graphql').WorkspaceRecordCumberlandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceReportChoices {\n  councils {\n    id\n    name\n    plans {\n      id\n      title\n    }\n    boards {\n      id\n      name\n    }\n  }\n  jointInitiatives(first: 50) {\n    nodes {\n      id\n      key\n      name\n    }\n  }\n}"): typeof import('./graphql').WorkspaceReportChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkspaceSubmitCumberland($input: SignOffInput!) {\n  result: submitCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceSubmitWestmorlandAndFurness($input: SignOffInput!) {\n  result: submitWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceSubmitJoint($input: SignOffInput!) {\n  result: submitJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveCumberland($input: SignOffInput!) {\n  result: approveCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveWestmorlandAndFurness($input: SignOffInput!) {\n  result: approveWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceApproveJoint($input: SignOffInput!) {\n  result: approveJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnCumberland($input: SignOffInput!) {\n  result: returnCumberlandProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnWestmorlandAndFurness($input: SignOffInput!) {\n  result: returnWestmorlandAndFurnessProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}\n\nmutation WorkspaceReturnJoint($input: SignOffInput!) {\n  result: returnJointProgressUpdate(input: $input) {\n    replayed\n    errors {\n      ...WorkspaceError\n    }\n    update {\n      ...WorkspaceUpdate\n    }\n  }\n}"): typeof import('./graphql').WorkspaceSubmitCumberlandDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
