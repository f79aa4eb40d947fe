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
    "query Synthetic2 { councils { id plans { title } actions(first: 1) { totalCount } } jointInitiatives(first: 1) { totalCount } }": typeof types.Synthetic2Document,
    "query Synthetic1($id: ID!) { node(id: $id) { ... on Action { status rag version updates(first: 2) { totalCount nodes { note } } } } }": typeof types.Synthetic1Document,
    "query Workflow1 {\n        councils { name\n          cp: indicator(code: \"child-protection-plan-rate\") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }\n          rr: indicator(code: \"re-referrals-12-months\") { latest { value status } } } }": typeof types.Workflow1Document,
    "query Batching1 { councils { actions(first: 100) { nodes { id } } } }": typeof types.Batching1Document,
    "query BatchingDeep($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Action {\n      title status source { quote document { title } }\n      themes { id }\n      council { name }\n      priority { title parent { title } }\n      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }\n    }\n  }\n}": typeof types.BatchingDeepDocument,
    "query Batching2 { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }": typeof types.Batching2Document,
    "query ComparisonDfeCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code polarity }\n    neighbourSet { name release synthetic }\n    publishedMeasure { dataset measure polarity unit publication councilsFrom licence }\n    councils {\n      gssCode neighbours quartile quartileReason quartilePeriod localAuthoritiesRanked note\n      series { ...ComparisonDfePoint }\n      predecessor { gssCode name laCode lastPeriod neighbourSet { name } series { ...ComparisonDfePoint } }\n    }\n  }\n}\nfragment ComparisonDfePoint on ComparisonPoint { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }": typeof types.ComparisonDfeCompareDocument,
    "query ComparisonCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code title polarity }\n    neighbourSet { name release synthetic }\n    csvPath\n    councils {\n      council { name indicator(code: $code) { measures { text plan { title } priority { title } } } }\n      geography { code name } region { code name } neighbours\n      series { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }\n      quartile quartileReason quartilePeriod localAuthoritiesRanked\n    }\n  }\n}": typeof types.ComparisonCompareDocument,
    "query Comparison1 { geography(code: \"E10000006\") { name level laCode validTo values(indicator: \"re-referrals-12-months\") { timePeriod value } }\n       geographies(level: LOCAL_AUTHORITY) { code name }\n       indicatorComparison(code: \"no-such-indicator\") { csvPath } }": typeof types.Comparison1Document,
    "query Comparison2 {\n    jointInitiative(id: \"regional-adoption-agency\") { reportedValues(indicator: \"adoption-a1\") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }\n    indicatorComparison(code: \"adoption-a1\") { councils { series { timePeriod council { value status } } } }\n  }": typeof types.Comparison2Document,
    "query Comparison3 { jointInitiative(id: \"regional-adoption-agency\") { reportedValues { indicator status value } } }": typeof types.Comparison3Document,
    "query Comparison4 { geographies { code values(indicator: \"re-referrals-12-months\") { value } }\n       indicatorComparison(code: \"re-referrals-12-months\") { councils { geography { code } region { code } } }\n       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }": typeof types.Comparison4Document,
    "query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {\n  council(id: \"westmorland-furness\") {\n    actions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n      nodes { id }\n    }\n  }\n}": typeof types.ConnectionsPageDocument,
    "query Connections1 {\n      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }\n      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }\n    }": typeof types.Connections1Document,
    "query Connections2($after: String) { jointInitiatives(after: $after) { nodes { key } } }": typeof types.Connections2Document,
    "query Connections3 {\n      council(id: \"westmorland-furness\") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }\n    }": typeof types.Connections3Document,
    "query Dashboard1 { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id __typename title } } }": typeof types.Dashboard1Document,
    "query Dashboard2 { councils { plans { title source { section quote document { title } } } } }": typeof types.Dashboard2Document,
    "query Dashboard3 { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }": typeof types.Dashboard3Document,
    "query Dashboard4 { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }": typeof types.Dashboard4Document,
    "query Dashboard5 { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }": typeof types.Dashboard5Document,
    "mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }": typeof types.DurabilityCreateDocument,
    "mutation Evidence1($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }": typeof types.Evidence1Document,
    "query GatewayQuery { councils { name } jointInitiative(id: \"regional-adoption-agency\") { councilActions { title } } }": typeof types.GatewayQueryDocument,
    "query Gateway1 { councils { name } }": typeof types.Gateway1Document,
    "query Graph1 {\n      councils { __typename name gssCode\n        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }": typeof types.Graph1Document,
    "query Graph2 {\n      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }": typeof types.Graph2Document,
    "query Graph3 {\n      councils {\n        transport: actions(filter: { text: \"SCHOOL TRANSPORT\" }) { nodes { title } }\n        percent: actions(filter: { text: \"%\" }) { nodes { title } }\n        none: actions(filter: { status: ON_TRACK }) { nodes { title } }\n        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }\n        combined: actions(filter: { text: \"send\", theme: SEND }) { nodes { title } }\n      } }": typeof types.Graph3Document,
    "query Graph4 {\n      jointInitiative(id: \"regional-adoption-agency\") { id name status kind\n        partners { name }\n        restsOn { name status hostedBy { name } }\n        councilActions { __typename title plan { title } council { name } }\n        sources { quote document { publisher } } } }": typeof types.Graph4Document,
    "query Graph5 {\n      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }\n      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }\n      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }\n      theme(code: ADOPTION) { name jointInitiatives { key } } }": typeof types.Graph5Document,
    "query Graph6 {\n      councils { id plans { id priorities { id } actions { id } } boards { id } }\n      jointInitiatives { nodes { id } } themes { id } partnership { id } }": typeof types.Graph6Document,
    "query Graph7($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }": typeof types.Graph7Document,
    "query Graph8 {\n      a: node(id: \"CumberlandAction:no-such-action\") { id ... on Action { title } }\n      b: node(id: \"NoSuchType:x\") { id }\n      c: node(id: \"'; DROP TABLE action; --\") { id }\n      d: jointInitiative(id: \"no-such-initiative\") { name }\n      e: council(id: \"WestmorlandAndFurnessCouncil:cumberland\") { id }\n      f: council(id: \"cumberland\") { id }\n      g: node(id: \"JointInitiative:no-such\") { id } }": typeof types.Graph8Document,
    "query Graph9 { councils { actions(filter: { text: \"' OR 1=1 --\" }) { nodes { title } } } }": typeof types.Graph9Document,
    "query Graph10 { councils { actions { totalCount } } }": typeof types.Graph10Document,
    "query Graph11 {\n      indicator(code: \"cared-for-children\") { title unit kind }\n      councils { name indicator(code: \"cared-for-children\") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }": typeof types.Graph11Document,
    "query Graph12 {\n      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }\n        indicator(code: \"child-protection-plan-rate\") { tracked noValueReason } } }": typeof types.Graph12Document,
    "query Graph13 {\n      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }": typeof types.Graph13Document,
    "query Graph14 {\n      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }": typeof types.Graph14Document,
    "query Graph15 { national: indicators(kind: NATIONAL) { code } missing: indicator(code: \"no-such-indicator\") { code } }": typeof types.Graph15Document,
    "query HostileReplay1 { councils { name } }": typeof types.HostileReplay1Document,
    "query HostileTokensAudit { councils { auditLog { totalCount } } }": typeof types.HostileTokensAuditDocument,
    "query Hostile1 { councils { name } }": typeof types.Hostile1Document,
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
    "query JointActionEdits3($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }": typeof types.JointActionEdits3Document,
    "query JointActionEdits4 { partnership { changes(first: 100) { nodes { entityId kind } } } }": typeof types.JointActionEdits4Document,
    "query JointActionEdits5 { partnership { changes(first: 100) { nodes { entityId } } } }": typeof types.JointActionEdits5Document,
    "query JointActionEdits6 { jointInitiative(id: \"regional-adoption-agency\") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }": typeof types.JointActionEdits6Document,
    "query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: \"regional-adoption-agency\") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }": typeof types.JointActionEditsListDocument,
    "query JointActionEdits7($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }": typeof types.JointActionEdits7Document,
    "fragment JointActionRacesFields on JointAction { id status version revision withdrawnAt }": typeof types.JointActionRacesFieldsFragmentDoc,
    "mutation JointActionRacesCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": typeof types.JointActionRacesCreateDocument,
    "query JointActionRacesRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionRacesFields updates { nodes { id state } } } } }": typeof types.JointActionRacesReadDocument,
    "mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": typeof types.JointActionRacesWithdrawDocument,
    "query JointActionRaces5($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }": typeof types.JointActionRaces5Document,
    "mutation JointActionsCreate($input: CreateJointActionInput!) {\n  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }": typeof types.JointActionsCreateDocument,
    "mutation JointActionsRecord($input: RecordProgressInput!) {\n  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { id state revision note version recordedBy { name } } errors { code field message currentVersion } } }": typeof types.JointActionsRecordDocument,
    "query JointActions1 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }": typeof types.JointActions1Document,
    "query JointActions2 { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }": typeof types.JointActions2Document,
    "query JointActions3 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": typeof types.JointActions3Document,
    "query JointActions4 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": typeof types.JointActions4Document,
    "query JointActions5 { partnership { auditLog { totalCount } } }": typeof types.JointActions5Document,
    "query JointActions6($id: ID!) { node(id: $id) { ... on JointAction { status version } } }": typeof types.JointActions6Document,
    "query JointActions7($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }": typeof types.JointActions7Document,
    "mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }": typeof types.JointReportCreateDocument,
    "query JointReport1($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }": typeof types.JointReport1Document,
    "query JointReport2 { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id } } }": typeof types.JointReport2Document,
    "mutation JointReport3($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }": typeof types.JointReport3Document,
    "query OnboardingSpreadsheet1 { councils { id plans { title outcomes: headings(kind: \"OUTCOME\") { id kind number title actions { title themes { code } } } priorities: headings(kind: \"PRIORITY\") { number title } } } }": typeof types.OnboardingSpreadsheet1Document,
    "query OnboardingSpreadsheet2 { theme(themeCode: \"YOUNG_CARERS\") { name } councils { id actions(filter: { themeCode: \"YOUNG_CARERS\" }) { totalCount nodes { title parentHeading { number } } } } }": typeof types.OnboardingSpreadsheet2Document,
    "query OnboardingSpreadsheet3 { node(id: \"NorthmerePriority:northmere-cyp-plan.outcome-1\") { ... on Heading { kind number title source { section quote } } } }": typeof types.OnboardingSpreadsheet3Document,
    "query OnboardingSpreadsheet4 { councils { id plans { measureGroups { title measures { text } } } } }": typeof types.OnboardingSpreadsheet4Document,
    "query OnboardingSpreadsheet5 { councils { id plans { statements(kindCode: \"ASPIRATION\") { kindCode label text } } } }": typeof types.OnboardingSpreadsheet5Document,
    "query OnboardingSpreadsheet6 { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }": typeof types.OnboardingSpreadsheet6Document,
    "query Partnerships1 { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }": typeof types.Partnerships1Document,
    "query Partnerships2 { byKey: partnership(id: \"cumbria\") { name } byId: partnership(id: \"Partnership:a-later-one\") { name } unknown: partnership(id: \"nowhere\") { name } malformed: partnership(id: \"Not a key!\") { name } }": typeof types.Partnerships2Document,
    "query Partnerships3 { partnership { name } }": typeof types.Partnerships3Document,
    "query Partnerships4 { partnerships { name } partnership { name } councils { name } jointInitiative(id: \"regional-adoption-agency\") { partners { name } } }": typeof types.Partnerships4Document,
    "query PlanStructure2 { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }": typeof types.PlanStructure2Document,
    "query PlanStructure3 { councils { plans { headings { id subheadings { id } } } } }": typeof types.PlanStructure3Document,
    "query PlanStructureDeep($ids: [ID!]!) { nodes(ids: $ids) { id ... on Heading {\n    kind kindName number title plan { title } parentHeading { kind title }\n    subheadings { kind title actions { title } }\n    actions { title parentHeading { kind } themes { id } }\n    measures { text group { title measures { text } } }\n    statements { kindCode kindName }\n    successMeasures { text }\n  } } }": typeof types.PlanStructureDeepDocument,
    "mutation ReplicasRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } update { id revision state } errors { code } } }": typeof types.ReplicasRecordDocument,
    "mutation ReplicasApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version status } update { id state } errors { code field } } }": typeof types.ReplicasApproveDocument,
    "query ReplicasState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }": typeof types.ReplicasStateDocument,
    "query ReplicasActions($count: Int) { councils { actions(first: $count) { nodes { id version } } } }": typeof types.ReplicasActionsDocument,
    "query Replicas2 { councils { auditLog(first: 1) { totalCount } } }": typeof types.Replicas2Document,
    "query Replicas3 { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }": typeof types.Replicas3Document,
    "query Replicas4($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }": typeof types.Replicas4Document,
    "mutation ReplicasReturn($input: SignOffInput!) { returnCumberlandProgressUpdate(input: $input) { update { state revision } errors { code field currentVersion } } }": typeof types.ReplicasReturnDocument,
    "mutation ReplicasRetryRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { update { id } replayed errors { code } } }": typeof types.ReplicasRetryRecordDocument,
    "query Reports1($id: ID!) { node(id: $id) { ... on Action { version } } }": typeof types.Reports1Document,
    "query Reports2 { node(id: \"WestmorlandAndFurnessPlan:ambition-for-every-child\") { ... on Plan { actions { id } } } }": typeof types.Reports2Document,
    "query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": typeof types.ResponseCacheVersionDocument,
    "mutation SignOff1 { createJointAction(input: { initiativeId: \"regional-adoption-agency\", title: \"Agree the agency's governance\", owner: \"RAA programme lead\" }) { jointAction { id } errors { code } } }": typeof types.SignOff1Document,
    "query SignOff2($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }": typeof types.SignOff2Document,
    "query SignOffQuery($id: ID!) { node(id: $id) { ... on Action { status rag latestUpdate { note state } updates { totalCount nodes { note state } } } } }": typeof types.SignOffQueryDocument,
    "query SignOffFeed($first: Int, $after: String) { councils { changes(first: $first, after: $after) { totalCount nodes { entityId kind at sequence } pageInfo { endCursor hasNextPage } } } }": typeof types.SignOffFeedDocument,
    "query SignOff3 { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }": typeof types.SignOff3Document,
    "query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }": typeof types.SignOffQueryXDocument,
    "query StaffIdentities1($id: ID!) { node(id: $id) { ... on Action { version } } }": typeof types.StaffIdentities1Document,
    "query StaffIdentitiesRead($id: ID!) {\n  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n}\nfragment StaffIdentitiesActor on Actor { subject name team }": typeof types.StaffIdentitiesReadDocument,
    "query StatsUpdate1 { indicatorComparison(code: \"children-starting-care-rate\") { councils { gssCode series { timePeriod council { value status } england { value } } } } }": typeof types.StatsUpdate1Document,
    "query ThirdCouncil1 { councils { id name gssCode plans { title } boards { name oversees { title } } } }": typeof types.ThirdCouncil1Document,
    "query ThirdCouncil2 { jointInitiative(id: \"regional-adoption-agency\") { partners { name } } partnership { councils { name } } node(id: \"ExampleshireCouncil:exampleshire\") { ... on Council { name } } }": typeof types.ThirdCouncil2Document,
    "fragment TrackingRecorded on RecordActionProgressPayload { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } }": typeof types.TrackingRecordedFragmentDoc,
    "mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { ...TrackingRecorded } }": typeof types.TrackingRecordWestmorlandAndFurnessDocument,
    "mutation TrackingRecordCumberland($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { ...TrackingRecorded } }": typeof types.TrackingRecordCumberlandDocument,
    "query Tracking1($id: ID!) { node(id: $id) { ... on Action { status version } } }": typeof types.Tracking1Document,
    "query Tracking2($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }": typeof types.Tracking2Document,
    "query Tracking3($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }": typeof types.Tracking3Document,
    "query Tracking4($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }": typeof types.Tracking4Document,
    "query Tracking5($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }": typeof types.Tracking5Document,
    "query Tracking6($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": typeof types.Tracking6Document,
    "query Tracking7($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": typeof types.Tracking7Document,
    "query Tracking8 { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }": typeof types.Tracking8Document,
    "query Vocabulary1 {\n    themes { code council { name } }\n    theme(themeCode: \"PARTICIPATION\") { code name council { name } }\n    councils { name actions(filter: { themeCode: \"PARTICIPATION\" }) { totalCount nodes { title themes { id } } } }\n    jointInitiatives(filter: { themeCode: \"PARTICIPATION\" }) { totalCount }\n  }": typeof types.Vocabulary1Document,
    "query Vocabulary2 { councils { actions(filter: { themeCode: \"PARTICIPATON\" }) { totalCount } } }": typeof types.Vocabulary2Document,
    "query Vocabulary3 { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: \"ADOPTION\" }) { totalCount } } }": typeof types.Vocabulary3Document,
    "query Vocabulary4 {\n    indicator(code: \"family-hub-locations\") { kind council { name } }\n    national: indicator(code: \"good-level-of-development\") { council { name } }\n    council(id: \"cumberland\") { indicator(code: \"family-hub-locations\") { values { value undated undatedReason asAt } latest { text } } }\n  }": typeof types.Vocabulary4Document,
    "query Vocabulary5 {\n    cumberland: council(id: \"cumberland\") { indicator(code: \"population-density\") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }\n    wf: council(id: \"westmorland-furness\") { indicator(code: \"cared-for-children\") { values { undated undatedReason comparators { area } } } }\n  }": typeof types.Vocabulary5Document,
    "query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: \"westmorland-furness\") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }": typeof types.WorkspaceFiltersFilteredDocument,
    "query WorkspaceFilters1 { council(id: \"westmorland-furness\") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }": typeof types.WorkspaceFilters1Document,
    "query WorkspaceFilters2 { councils { actions(filter: { plan: \"CumberlandPlan:children-and-family-wellbeing-plan\" }) { totalCount } } }": typeof types.WorkspaceFilters2Document,
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
    "query Synthetic2 { councils { id plans { title } actions(first: 1) { totalCount } } jointInitiatives(first: 1) { totalCount } }": types.Synthetic2Document,
    "query Synthetic1($id: ID!) { node(id: $id) { ... on Action { status rag version updates(first: 2) { totalCount nodes { note } } } } }": types.Synthetic1Document,
    "query Workflow1 {\n        councils { name\n          cp: indicator(code: \"child-protection-plan-rate\") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }\n          rr: indicator(code: \"re-referrals-12-months\") { latest { value status } } } }": types.Workflow1Document,
    "query Batching1 { councils { actions(first: 100) { nodes { id } } } }": types.Batching1Document,
    "query BatchingDeep($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Action {\n      title status source { quote document { title } }\n      themes { id }\n      council { name }\n      priority { title parent { title } }\n      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }\n    }\n  }\n}": types.BatchingDeepDocument,
    "query Batching2 { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }": types.Batching2Document,
    "query ComparisonDfeCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code polarity }\n    neighbourSet { name release synthetic }\n    publishedMeasure { dataset measure polarity unit publication councilsFrom licence }\n    councils {\n      gssCode neighbours quartile quartileReason quartilePeriod localAuthoritiesRanked note\n      series { ...ComparisonDfePoint }\n      predecessor { gssCode name laCode lastPeriod neighbourSet { name } series { ...ComparisonDfePoint } }\n    }\n  }\n}\nfragment ComparisonDfePoint on ComparisonPoint { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }": types.ComparisonDfeCompareDocument,
    "query ComparisonCompare($code: String!) {\n  indicatorComparison(code: $code) {\n    indicator { code title polarity }\n    neighbourSet { name release synthetic }\n    csvPath\n    councils {\n      council { name indicator(code: $code) { measures { text plan { title } priority { title } } } }\n      geography { code name } region { code name } neighbours\n      series { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }\n      quartile quartileReason quartilePeriod localAuthoritiesRanked\n    }\n  }\n}": types.ComparisonCompareDocument,
    "query Comparison1 { geography(code: \"E10000006\") { name level laCode validTo values(indicator: \"re-referrals-12-months\") { timePeriod value } }\n       geographies(level: LOCAL_AUTHORITY) { code name }\n       indicatorComparison(code: \"no-such-indicator\") { csvPath } }": types.Comparison1Document,
    "query Comparison2 {\n    jointInitiative(id: \"regional-adoption-agency\") { reportedValues(indicator: \"adoption-a1\") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }\n    indicatorComparison(code: \"adoption-a1\") { councils { series { timePeriod council { value status } } } }\n  }": types.Comparison2Document,
    "query Comparison3 { jointInitiative(id: \"regional-adoption-agency\") { reportedValues { indicator status value } } }": types.Comparison3Document,
    "query Comparison4 { geographies { code values(indicator: \"re-referrals-12-months\") { value } }\n       indicatorComparison(code: \"re-referrals-12-months\") { councils { geography { code } region { code } } }\n       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }": types.Comparison4Document,
    "query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {\n  council(id: \"westmorland-furness\") {\n    actions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n      nodes { id }\n    }\n  }\n}": types.ConnectionsPageDocument,
    "query Connections1 {\n      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }\n      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }\n    }": types.Connections1Document,
    "query Connections2($after: String) { jointInitiatives(after: $after) { nodes { key } } }": types.Connections2Document,
    "query Connections3 {\n      council(id: \"westmorland-furness\") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }\n    }": types.Connections3Document,
    "query Dashboard1 { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id __typename title } } }": types.Dashboard1Document,
    "query Dashboard2 { councils { plans { title source { section quote document { title } } } } }": types.Dashboard2Document,
    "query Dashboard3 { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }": types.Dashboard3Document,
    "query Dashboard4 { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }": types.Dashboard4Document,
    "query Dashboard5 { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }": types.Dashboard5Document,
    "mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }": types.DurabilityCreateDocument,
    "mutation Evidence1($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }": types.Evidence1Document,
    "query GatewayQuery { councils { name } jointInitiative(id: \"regional-adoption-agency\") { councilActions { title } } }": types.GatewayQueryDocument,
    "query Gateway1 { councils { name } }": types.Gateway1Document,
    "query Graph1 {\n      councils { __typename name gssCode\n        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }": types.Graph1Document,
    "query Graph2 {\n      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }": types.Graph2Document,
    "query Graph3 {\n      councils {\n        transport: actions(filter: { text: \"SCHOOL TRANSPORT\" }) { nodes { title } }\n        percent: actions(filter: { text: \"%\" }) { nodes { title } }\n        none: actions(filter: { status: ON_TRACK }) { nodes { title } }\n        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }\n        combined: actions(filter: { text: \"send\", theme: SEND }) { nodes { title } }\n      } }": types.Graph3Document,
    "query Graph4 {\n      jointInitiative(id: \"regional-adoption-agency\") { id name status kind\n        partners { name }\n        restsOn { name status hostedBy { name } }\n        councilActions { __typename title plan { title } council { name } }\n        sources { quote document { publisher } } } }": types.Graph4Document,
    "query Graph5 {\n      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }\n      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }\n      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }\n      theme(code: ADOPTION) { name jointInitiatives { key } } }": types.Graph5Document,
    "query Graph6 {\n      councils { id plans { id priorities { id } actions { id } } boards { id } }\n      jointInitiatives { nodes { id } } themes { id } partnership { id } }": types.Graph6Document,
    "query Graph7($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }": types.Graph7Document,
    "query Graph8 {\n      a: node(id: \"CumberlandAction:no-such-action\") { id ... on Action { title } }\n      b: node(id: \"NoSuchType:x\") { id }\n      c: node(id: \"'; DROP TABLE action; --\") { id }\n      d: jointInitiative(id: \"no-such-initiative\") { name }\n      e: council(id: \"WestmorlandAndFurnessCouncil:cumberland\") { id }\n      f: council(id: \"cumberland\") { id }\n      g: node(id: \"JointInitiative:no-such\") { id } }": types.Graph8Document,
    "query Graph9 { councils { actions(filter: { text: \"' OR 1=1 --\" }) { nodes { title } } } }": types.Graph9Document,
    "query Graph10 { councils { actions { totalCount } } }": types.Graph10Document,
    "query Graph11 {\n      indicator(code: \"cared-for-children\") { title unit kind }\n      councils { name indicator(code: \"cared-for-children\") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }": types.Graph11Document,
    "query Graph12 {\n      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }\n        indicator(code: \"child-protection-plan-rate\") { tracked noValueReason } } }": types.Graph12Document,
    "query Graph13 {\n      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }": types.Graph13Document,
    "query Graph14 {\n      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }": types.Graph14Document,
    "query Graph15 { national: indicators(kind: NATIONAL) { code } missing: indicator(code: \"no-such-indicator\") { code } }": types.Graph15Document,
    "query HostileReplay1 { councils { name } }": types.HostileReplay1Document,
    "query HostileTokensAudit { councils { auditLog { totalCount } } }": types.HostileTokensAuditDocument,
    "query Hostile1 { councils { name } }": types.Hostile1Document,
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
    "query JointActionEdits3($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }": types.JointActionEdits3Document,
    "query JointActionEdits4 { partnership { changes(first: 100) { nodes { entityId kind } } } }": types.JointActionEdits4Document,
    "query JointActionEdits5 { partnership { changes(first: 100) { nodes { entityId } } } }": types.JointActionEdits5Document,
    "query JointActionEdits6 { jointInitiative(id: \"regional-adoption-agency\") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }": types.JointActionEdits6Document,
    "query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: \"regional-adoption-agency\") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }": types.JointActionEditsListDocument,
    "query JointActionEdits7($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }": types.JointActionEdits7Document,
    "fragment JointActionRacesFields on JointAction { id status version revision withdrawnAt }": types.JointActionRacesFieldsFragmentDoc,
    "mutation JointActionRacesCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": types.JointActionRacesCreateDocument,
    "query JointActionRacesRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionRacesFields updates { nodes { id state } } } } }": types.JointActionRacesReadDocument,
    "mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }": types.JointActionRacesWithdrawDocument,
    "query JointActionRaces5($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }": types.JointActionRaces5Document,
    "mutation JointActionsCreate($input: CreateJointActionInput!) {\n  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }": types.JointActionsCreateDocument,
    "mutation JointActionsRecord($input: RecordProgressInput!) {\n  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { id state revision note version recordedBy { name } } errors { code field message currentVersion } } }": types.JointActionsRecordDocument,
    "query JointActions1 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }": types.JointActions1Document,
    "query JointActions2 { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }": types.JointActions2Document,
    "query JointActions3 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": types.JointActions3Document,
    "query JointActions4 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }": types.JointActions4Document,
    "query JointActions5 { partnership { auditLog { totalCount } } }": types.JointActions5Document,
    "query JointActions6($id: ID!) { node(id: $id) { ... on JointAction { status version } } }": types.JointActions6Document,
    "query JointActions7($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }": types.JointActions7Document,
    "mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }": types.JointReportCreateDocument,
    "query JointReport1($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }": types.JointReport1Document,
    "query JointReport2 { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id } } }": types.JointReport2Document,
    "mutation JointReport3($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }": types.JointReport3Document,
    "query OnboardingSpreadsheet1 { councils { id plans { title outcomes: headings(kind: \"OUTCOME\") { id kind number title actions { title themes { code } } } priorities: headings(kind: \"PRIORITY\") { number title } } } }": types.OnboardingSpreadsheet1Document,
    "query OnboardingSpreadsheet2 { theme(themeCode: \"YOUNG_CARERS\") { name } councils { id actions(filter: { themeCode: \"YOUNG_CARERS\" }) { totalCount nodes { title parentHeading { number } } } } }": types.OnboardingSpreadsheet2Document,
    "query OnboardingSpreadsheet3 { node(id: \"NorthmerePriority:northmere-cyp-plan.outcome-1\") { ... on Heading { kind number title source { section quote } } } }": types.OnboardingSpreadsheet3Document,
    "query OnboardingSpreadsheet4 { councils { id plans { measureGroups { title measures { text } } } } }": types.OnboardingSpreadsheet4Document,
    "query OnboardingSpreadsheet5 { councils { id plans { statements(kindCode: \"ASPIRATION\") { kindCode label text } } } }": types.OnboardingSpreadsheet5Document,
    "query OnboardingSpreadsheet6 { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }": types.OnboardingSpreadsheet6Document,
    "query Partnerships1 { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }": types.Partnerships1Document,
    "query Partnerships2 { byKey: partnership(id: \"cumbria\") { name } byId: partnership(id: \"Partnership:a-later-one\") { name } unknown: partnership(id: \"nowhere\") { name } malformed: partnership(id: \"Not a key!\") { name } }": types.Partnerships2Document,
    "query Partnerships3 { partnership { name } }": types.Partnerships3Document,
    "query Partnerships4 { partnerships { name } partnership { name } councils { name } jointInitiative(id: \"regional-adoption-agency\") { partners { name } } }": types.Partnerships4Document,
    "query PlanStructure2 { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }": types.PlanStructure2Document,
    "query PlanStructure3 { councils { plans { headings { id subheadings { id } } } } }": types.PlanStructure3Document,
    "query PlanStructureDeep($ids: [ID!]!) { nodes(ids: $ids) { id ... on Heading {\n    kind kindName number title plan { title } parentHeading { kind title }\n    subheadings { kind title actions { title } }\n    actions { title parentHeading { kind } themes { id } }\n    measures { text group { title measures { text } } }\n    statements { kindCode kindName }\n    successMeasures { text }\n  } } }": types.PlanStructureDeepDocument,
    "mutation ReplicasRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } update { id revision state } errors { code } } }": types.ReplicasRecordDocument,
    "mutation ReplicasApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version status } update { id state } errors { code field } } }": types.ReplicasApproveDocument,
    "query ReplicasState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }": types.ReplicasStateDocument,
    "query ReplicasActions($count: Int) { councils { actions(first: $count) { nodes { id version } } } }": types.ReplicasActionsDocument,
    "query Replicas2 { councils { auditLog(first: 1) { totalCount } } }": types.Replicas2Document,
    "query Replicas3 { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }": types.Replicas3Document,
    "query Replicas4($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }": types.Replicas4Document,
    "mutation ReplicasReturn($input: SignOffInput!) { returnCumberlandProgressUpdate(input: $input) { update { state revision } errors { code field currentVersion } } }": types.ReplicasReturnDocument,
    "mutation ReplicasRetryRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { update { id } replayed errors { code } } }": types.ReplicasRetryRecordDocument,
    "query Reports1($id: ID!) { node(id: $id) { ... on Action { version } } }": types.Reports1Document,
    "query Reports2 { node(id: \"WestmorlandAndFurnessPlan:ambition-for-every-child\") { ... on Plan { actions { id } } } }": types.Reports2Document,
    "query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }": types.ResponseCacheVersionDocument,
    "mutation SignOff1 { createJointAction(input: { initiativeId: \"regional-adoption-agency\", title: \"Agree the agency's governance\", owner: \"RAA programme lead\" }) { jointAction { id } errors { code } } }": types.SignOff1Document,
    "query SignOff2($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }": types.SignOff2Document,
    "query SignOffQuery($id: ID!) { node(id: $id) { ... on Action { status rag latestUpdate { note state } updates { totalCount nodes { note state } } } } }": types.SignOffQueryDocument,
    "query SignOffFeed($first: Int, $after: String) { councils { changes(first: $first, after: $after) { totalCount nodes { entityId kind at sequence } pageInfo { endCursor hasNextPage } } } }": types.SignOffFeedDocument,
    "query SignOff3 { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }": types.SignOff3Document,
    "query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }": types.SignOffQueryXDocument,
    "query StaffIdentities1($id: ID!) { node(id: $id) { ... on Action { version } } }": types.StaffIdentities1Document,
    "query StaffIdentitiesRead($id: ID!) {\n  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n}\nfragment StaffIdentitiesActor on Actor { subject name team }": types.StaffIdentitiesReadDocument,
    "query StatsUpdate1 { indicatorComparison(code: \"children-starting-care-rate\") { councils { gssCode series { timePeriod council { value status } england { value } } } } }": types.StatsUpdate1Document,
    "query ThirdCouncil1 { councils { id name gssCode plans { title } boards { name oversees { title } } } }": types.ThirdCouncil1Document,
    "query ThirdCouncil2 { jointInitiative(id: \"regional-adoption-agency\") { partners { name } } partnership { councils { name } } node(id: \"ExampleshireCouncil:exampleshire\") { ... on Council { name } } }": types.ThirdCouncil2Document,
    "fragment TrackingRecorded on RecordActionProgressPayload { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } }": types.TrackingRecordedFragmentDoc,
    "mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { ...TrackingRecorded } }": types.TrackingRecordWestmorlandAndFurnessDocument,
    "mutation TrackingRecordCumberland($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { ...TrackingRecorded } }": types.TrackingRecordCumberlandDocument,
    "query Tracking1($id: ID!) { node(id: $id) { ... on Action { status version } } }": types.Tracking1Document,
    "query Tracking2($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }": types.Tracking2Document,
    "query Tracking3($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }": types.Tracking3Document,
    "query Tracking4($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }": types.Tracking4Document,
    "query Tracking5($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }": types.Tracking5Document,
    "query Tracking6($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": types.Tracking6Document,
    "query Tracking7($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }": types.Tracking7Document,
    "query Tracking8 { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }": types.Tracking8Document,
    "query Vocabulary1 {\n    themes { code council { name } }\n    theme(themeCode: \"PARTICIPATION\") { code name council { name } }\n    councils { name actions(filter: { themeCode: \"PARTICIPATION\" }) { totalCount nodes { title themes { id } } } }\n    jointInitiatives(filter: { themeCode: \"PARTICIPATION\" }) { totalCount }\n  }": types.Vocabulary1Document,
    "query Vocabulary2 { councils { actions(filter: { themeCode: \"PARTICIPATON\" }) { totalCount } } }": types.Vocabulary2Document,
    "query Vocabulary3 { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: \"ADOPTION\" }) { totalCount } } }": types.Vocabulary3Document,
    "query Vocabulary4 {\n    indicator(code: \"family-hub-locations\") { kind council { name } }\n    national: indicator(code: \"good-level-of-development\") { council { name } }\n    council(id: \"cumberland\") { indicator(code: \"family-hub-locations\") { values { value undated undatedReason asAt } latest { text } } }\n  }": types.Vocabulary4Document,
    "query Vocabulary5 {\n    cumberland: council(id: \"cumberland\") { indicator(code: \"population-density\") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }\n    wf: council(id: \"westmorland-furness\") { indicator(code: \"cared-for-children\") { values { undated undatedReason comparators { area } } } }\n  }": types.Vocabulary5Document,
    "query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: \"westmorland-furness\") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }": types.WorkspaceFiltersFilteredDocument,
    "query WorkspaceFilters1 { council(id: \"westmorland-furness\") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }": types.WorkspaceFilters1Document,
    "query WorkspaceFilters2 { councils { actions(filter: { plan: \"CumberlandPlan:children-and-family-wellbeing-plan\" }) { totalCount } } }": types.WorkspaceFilters2Document,
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
export function graphql(source: "query Synthetic2 { councils { id plans { title } actions(first: 1) { totalCount } } jointInitiatives(first: 1) { totalCount } }"): typeof import('./graphql').Synthetic2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Synthetic1($id: ID!) { node(id: $id) { ... on Action { status rag version updates(first: 2) { totalCount nodes { note } } } } }"): typeof import('./graphql').Synthetic1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Workflow1 {\n        councils { name\n          cp: indicator(code: \"child-protection-plan-rate\") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }\n          rr: indicator(code: \"re-referrals-12-months\") { latest { value status } } } }"): typeof import('./graphql').Workflow1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Batching1 { councils { actions(first: 100) { nodes { id } } } }"): typeof import('./graphql').Batching1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingDeep($ids: [ID!]!) {\n  nodes(ids: $ids) {\n    id\n    ... on Action {\n      title status source { quote document { title } }\n      themes { id }\n      council { name }\n      priority { title parent { title } }\n      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }\n    }\n  }\n}"): typeof import('./graphql').BatchingDeepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Batching2 { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }"): typeof import('./graphql').Batching2Document;
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
export function graphql(source: "query Comparison1 { geography(code: \"E10000006\") { name level laCode validTo values(indicator: \"re-referrals-12-months\") { timePeriod value } }\n       geographies(level: LOCAL_AUTHORITY) { code name }\n       indicatorComparison(code: \"no-such-indicator\") { csvPath } }"): typeof import('./graphql').Comparison1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Comparison2 {\n    jointInitiative(id: \"regional-adoption-agency\") { reportedValues(indicator: \"adoption-a1\") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }\n    indicatorComparison(code: \"adoption-a1\") { councils { series { timePeriod council { value status } } } }\n  }"): typeof import('./graphql').Comparison2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Comparison3 { jointInitiative(id: \"regional-adoption-agency\") { reportedValues { indicator status value } } }"): typeof import('./graphql').Comparison3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Comparison4 { geographies { code values(indicator: \"re-referrals-12-months\") { value } }\n       indicatorComparison(code: \"re-referrals-12-months\") { councils { geography { code } region { code } } }\n       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }"): typeof import('./graphql').Comparison4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {\n  council(id: \"westmorland-furness\") {\n    actions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id } }\n      nodes { id }\n    }\n  }\n}"): typeof import('./graphql').ConnectionsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Connections1 {\n      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }\n      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }\n    }"): typeof import('./graphql').Connections1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Connections2($after: String) { jointInitiatives(after: $after) { nodes { key } } }"): typeof import('./graphql').Connections2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Connections3 {\n      council(id: \"westmorland-furness\") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }\n    }"): typeof import('./graphql').Connections3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard1 { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id __typename title } } }"): typeof import('./graphql').Dashboard1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard2 { councils { plans { title source { section quote document { title } } } } }"): typeof import('./graphql').Dashboard2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard3 { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }"): typeof import('./graphql').Dashboard3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard4 { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }"): typeof import('./graphql').Dashboard4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Dashboard5 { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }"): typeof import('./graphql').Dashboard5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DurabilityCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code message } } }"): typeof import('./graphql').DurabilityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Evidence1($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }"): typeof import('./graphql').Evidence1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GatewayQuery { councils { name } jointInitiative(id: \"regional-adoption-agency\") { councilActions { title } } }"): typeof import('./graphql').GatewayQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Gateway1 { councils { name } }"): typeof import('./graphql').Gateway1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph1 {\n      councils { __typename name gssCode\n        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }"): typeof import('./graphql').Graph1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph2 {\n      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }"): typeof import('./graphql').Graph2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph3 {\n      councils {\n        transport: actions(filter: { text: \"SCHOOL TRANSPORT\" }) { nodes { title } }\n        percent: actions(filter: { text: \"%\" }) { nodes { title } }\n        none: actions(filter: { status: ON_TRACK }) { nodes { title } }\n        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }\n        combined: actions(filter: { text: \"send\", theme: SEND }) { nodes { title } }\n      } }"): typeof import('./graphql').Graph3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph4 {\n      jointInitiative(id: \"regional-adoption-agency\") { id name status kind\n        partners { name }\n        restsOn { name status hostedBy { name } }\n        councilActions { __typename title plan { title } council { name } }\n        sources { quote document { publisher } } } }"): typeof import('./graphql').Graph4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph5 {\n      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }\n      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }\n      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }\n      theme(code: ADOPTION) { name jointInitiatives { key } } }"): typeof import('./graphql').Graph5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph6 {\n      councils { id plans { id priorities { id } actions { id } } boards { id } }\n      jointInitiatives { nodes { id } } themes { id } partnership { id } }"): typeof import('./graphql').Graph6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph7($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }"): typeof import('./graphql').Graph7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph8 {\n      a: node(id: \"CumberlandAction:no-such-action\") { id ... on Action { title } }\n      b: node(id: \"NoSuchType:x\") { id }\n      c: node(id: \"'; DROP TABLE action; --\") { id }\n      d: jointInitiative(id: \"no-such-initiative\") { name }\n      e: council(id: \"WestmorlandAndFurnessCouncil:cumberland\") { id }\n      f: council(id: \"cumberland\") { id }\n      g: node(id: \"JointInitiative:no-such\") { id } }"): typeof import('./graphql').Graph8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph9 { councils { actions(filter: { text: \"' OR 1=1 --\" }) { nodes { title } } } }"): typeof import('./graphql').Graph9Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph10 { councils { actions { totalCount } } }"): typeof import('./graphql').Graph10Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph11 {\n      indicator(code: \"cared-for-children\") { title unit kind }\n      councils { name indicator(code: \"cared-for-children\") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }"): typeof import('./graphql').Graph11Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph12 {\n      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }\n        indicator(code: \"child-protection-plan-rate\") { tracked noValueReason } } }"): typeof import('./graphql').Graph12Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph13 {\n      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }"): typeof import('./graphql').Graph13Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph14 {\n      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }"): typeof import('./graphql').Graph14Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Graph15 { national: indicators(kind: NATIONAL) { code } missing: indicator(code: \"no-such-indicator\") { code } }"): typeof import('./graphql').Graph15Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileReplay1 { councils { name } }"): typeof import('./graphql').HostileReplay1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileTokensAudit { councils { auditLog { totalCount } } }"): typeof import('./graphql').HostileTokensAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Hostile1 { councils { name } }"): typeof import('./graphql').Hostile1Document;
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
export function graphql(source: "query JointActionEdits3($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }"): typeof import('./graphql').JointActionEdits3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEdits4 { partnership { changes(first: 100) { nodes { entityId kind } } } }"): typeof import('./graphql').JointActionEdits4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEdits5 { partnership { changes(first: 100) { nodes { entityId } } } }"): typeof import('./graphql').JointActionEdits5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEdits6 { jointInitiative(id: \"regional-adoption-agency\") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }"): typeof import('./graphql').JointActionEdits6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: \"regional-adoption-agency\") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }"): typeof import('./graphql').JointActionEditsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActionEdits7($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }"): typeof import('./graphql').JointActionEdits7Document;
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
export function graphql(source: "query JointActionRaces5($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }"): typeof import('./graphql').JointActionRaces5Document;
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
export function graphql(source: "query JointActions1 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }"): typeof import('./graphql').JointActions1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActions2 { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }"): typeof import('./graphql').JointActions2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActions3 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }"): typeof import('./graphql').JointActions3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActions4 { jointInitiative(id: \"regional-adoption-agency\") { jointActions { nodes { id } } } }"): typeof import('./graphql').JointActions4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActions5 { partnership { auditLog { totalCount } } }"): typeof import('./graphql').JointActions5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActions6($id: ID!) { node(id: $id) { ... on JointAction { status version } } }"): typeof import('./graphql').JointActions6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointActions7($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }"): typeof import('./graphql').JointActions7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }"): typeof import('./graphql').JointReportCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointReport1($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }"): typeof import('./graphql').JointReport1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JointReport2 { jointInitiative(id: \"regional-adoption-agency\") { councilActions { id } } }"): typeof import('./graphql').JointReport2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JointReport3($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }"): typeof import('./graphql').JointReport3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheet1 { councils { id plans { title outcomes: headings(kind: \"OUTCOME\") { id kind number title actions { title themes { code } } } priorities: headings(kind: \"PRIORITY\") { number title } } } }"): typeof import('./graphql').OnboardingSpreadsheet1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheet2 { theme(themeCode: \"YOUNG_CARERS\") { name } councils { id actions(filter: { themeCode: \"YOUNG_CARERS\" }) { totalCount nodes { title parentHeading { number } } } } }"): typeof import('./graphql').OnboardingSpreadsheet2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheet3 { node(id: \"NorthmerePriority:northmere-cyp-plan.outcome-1\") { ... on Heading { kind number title source { section quote } } } }"): typeof import('./graphql').OnboardingSpreadsheet3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheet4 { councils { id plans { measureGroups { title measures { text } } } } }"): typeof import('./graphql').OnboardingSpreadsheet4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheet5 { councils { id plans { statements(kindCode: \"ASPIRATION\") { kindCode label text } } } }"): typeof import('./graphql').OnboardingSpreadsheet5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnboardingSpreadsheet6 { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }"): typeof import('./graphql').OnboardingSpreadsheet6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partnerships1 { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }"): typeof import('./graphql').Partnerships1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partnerships2 { byKey: partnership(id: \"cumbria\") { name } byId: partnership(id: \"Partnership:a-later-one\") { name } unknown: partnership(id: \"nowhere\") { name } malformed: partnership(id: \"Not a key!\") { name } }"): typeof import('./graphql').Partnerships2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partnerships3 { partnership { name } }"): typeof import('./graphql').Partnerships3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partnerships4 { partnerships { name } partnership { name } councils { name } jointInitiative(id: \"regional-adoption-agency\") { partners { name } } }"): typeof import('./graphql').Partnerships4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructure2 { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }"): typeof import('./graphql').PlanStructure2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanStructure3 { councils { plans { headings { id subheadings { id } } } } }"): typeof import('./graphql').PlanStructure3Document;
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
export function graphql(source: "query Replicas2 { councils { auditLog(first: 1) { totalCount } } }"): typeof import('./graphql').Replicas2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Replicas3 { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }"): typeof import('./graphql').Replicas3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Replicas4($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }"): typeof import('./graphql').Replicas4Document;
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
export function graphql(source: "query Reports1($id: ID!) { node(id: $id) { ... on Action { version } } }"): typeof import('./graphql').Reports1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reports2 { node(id: \"WestmorlandAndFurnessPlan:ambition-for-every-child\") { ... on Plan { actions { id } } } }"): typeof import('./graphql').Reports2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }"): typeof import('./graphql').ResponseCacheVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOff1 { createJointAction(input: { initiativeId: \"regional-adoption-agency\", title: \"Agree the agency's governance\", owner: \"RAA programme lead\" }) { jointAction { id } errors { code } } }"): typeof import('./graphql').SignOff1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOff2($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }"): typeof import('./graphql').SignOff2Document;
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
export function graphql(source: "query SignOff3 { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }"): typeof import('./graphql').SignOff3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }"): typeof import('./graphql').SignOffQueryXDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffIdentities1($id: ID!) { node(id: $id) { ... on Action { version } } }"): typeof import('./graphql').StaffIdentities1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffIdentitiesRead($id: ID!) {\n  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }\n}\nfragment StaffIdentitiesActor on Actor { subject name team }"): typeof import('./graphql').StaffIdentitiesReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatsUpdate1 { indicatorComparison(code: \"children-starting-care-rate\") { councils { gssCode series { timePeriod council { value status } england { value } } } } }"): typeof import('./graphql').StatsUpdate1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThirdCouncil1 { councils { id name gssCode plans { title } boards { name oversees { title } } } }"): typeof import('./graphql').ThirdCouncil1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThirdCouncil2 { jointInitiative(id: \"regional-adoption-agency\") { partners { name } } partnership { councils { name } } node(id: \"ExampleshireCouncil:exampleshire\") { ... on Council { name } } }"): typeof import('./graphql').ThirdCouncil2Document;
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
export function graphql(source: "query Tracking1($id: ID!) { node(id: $id) { ... on Action { status version } } }"): typeof import('./graphql').Tracking1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking2($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }"): typeof import('./graphql').Tracking2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking3($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }"): typeof import('./graphql').Tracking3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking4($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }"): typeof import('./graphql').Tracking4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking5($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }"): typeof import('./graphql').Tracking5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking6($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }"): typeof import('./graphql').Tracking6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking7($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }"): typeof import('./graphql').Tracking7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Tracking8 { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }"): typeof import('./graphql').Tracking8Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Vocabulary1 {\n    themes { code council { name } }\n    theme(themeCode: \"PARTICIPATION\") { code name council { name } }\n    councils { name actions(filter: { themeCode: \"PARTICIPATION\" }) { totalCount nodes { title themes { id } } } }\n    jointInitiatives(filter: { themeCode: \"PARTICIPATION\" }) { totalCount }\n  }"): typeof import('./graphql').Vocabulary1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Vocabulary2 { councils { actions(filter: { themeCode: \"PARTICIPATON\" }) { totalCount } } }"): typeof import('./graphql').Vocabulary2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Vocabulary3 { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: \"ADOPTION\" }) { totalCount } } }"): typeof import('./graphql').Vocabulary3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Vocabulary4 {\n    indicator(code: \"family-hub-locations\") { kind council { name } }\n    national: indicator(code: \"good-level-of-development\") { council { name } }\n    council(id: \"cumberland\") { indicator(code: \"family-hub-locations\") { values { value undated undatedReason asAt } latest { text } } }\n  }"): typeof import('./graphql').Vocabulary4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Vocabulary5 {\n    cumberland: council(id: \"cumberland\") { indicator(code: \"population-density\") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }\n    wf: council(id: \"westmorland-furness\") { indicator(code: \"cared-for-children\") { values { undated undatedReason comparators { area } } } }\n  }"): typeof import('./graphql').Vocabulary5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: \"westmorland-furness\") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }"): typeof import('./graphql').WorkspaceFiltersFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFilters1 { council(id: \"westmorland-furness\") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }"): typeof import('./graphql').WorkspaceFilters1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceFilters2 { councils { actions(filter: { plan: \"CumberlandPlan:children-and-family-wellbeing-plan\" }) { totalCount } } }"): typeof import('./graphql').WorkspaceFilters2Document;
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
