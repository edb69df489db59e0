<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivationQuestion</name>
    <message numerus="yes">
        <source>The {activation} activation gives levels from {low:g} to {high:g}; %n value(s) of the scenarios&apos; levers and the nodes&apos; initial levels are outside them.</source>
        <translation>
            <numerusform>The {activation} activation gives levels from {low:g} to {high:g}; %n value of the scenarios&apos; levers and the nodes&apos; initial levels is outside them.</numerusform>
            <numerusform>The {activation} activation gives levels from {low:g} to {high:g}; %n values of the scenarios&apos; levers and the nodes&apos; initial levels are outside them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message numerus="yes">
        <source>Change from baseline over %n step(s) of one {unit}</source>
        <translation>
            <numerusform>Change from baseline over %n step of one {unit}</numerusform>
            <numerusform>Change from baseline over %n steps of one {unit}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monte Carlo: %n sample(s), seed {seed}</source>
        <translation>
            <numerusform>Monte Carlo: %n sample, seed {seed}</numerusform>
            <numerusform>Monte Carlo: %n samples, seed {seed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) · the map&apos;s weights are the {method} of their ratings; {zeros} · map tinted by {scenario} at {unit} {step}</source>
        <translation>
            <numerusform>%n participant · the map&apos;s weights are the {method} of their ratings; {zeros} · map tinted by {scenario} at {unit} {step}</numerusform>
            <numerusform>%n participants · the map&apos;s weights are the {method} of their ratings; {zeros} · map tinted by {scenario} at {unit} {step}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{edge}: %n rated, {up} raise, {down} lower, spread {spread}</source>
        <translation>
            <numerusform>{edge}: %n rated, {up} raise, {down} lower, spread {spread}</numerusform>
            <numerusform>{edge}: %n rated, {up} raise, {down} lower, spread {spread}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{node} {change} by {unit} {step}: {covered} in %n reason(s)</source>
        <translation>
            <numerusform>{node} {change} by {unit} {step}: {covered} in %n reason</numerusform>
            <numerusform>{node} {change} by {unit} {step}: {covered} in %n reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges and by the participants&apos; ratings</source>
        <translation>
            <numerusform>{title} · the source cited by the map&apos;s nodes and edges and by the participants&apos; ratings</numerusform>
            <numerusform>{title} · the %n sources cited by the map&apos;s nodes and edges and by the participants&apos; ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges</source>
        <translation>
            <numerusform>{title} · the source cited by the map&apos;s nodes and edges</numerusform>
            <numerusform>{title} · the %n sources cited by the map&apos;s nodes and edges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message numerus="yes">
        <source>• its settings in %n scenario(s): {names}</source>
        <translation>
            <numerusform>• its settings in %n scenario: {names}</numerusform>
            <numerusform>• its settings in %n scenarios: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n objective(s): {names}</source>
        <translation>
            <numerusform>• %n objective: {names}</numerusform>
            <numerusform>• %n objectives: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n participant rating(s), by {names}</source>
        <translation>
            <numerusform>• %n participant rating, by {names}</numerusform>
            <numerusform>• %n participant ratings, by {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>Move %n node(s) to the group &quot;{group}&quot;</source>
        <translation>
            <numerusform>Move node to the group &quot;{group}&quot;</numerusform>
            <numerusform>Move %n nodes to the group &quot;{group}&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message numerus="yes">
        <source>Focus: %n route(s) carry {share} of {node}&apos;s change (F shows everything)</source>
        <translation>
            <numerusform>Focus: %n route carries {share} of {node}&apos;s change (F shows everything)</numerusform>
            <numerusform>Focus: %n routes carry {share} of {node}&apos;s change (F shows everything)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message numerus="yes">
        <source>%n paragraph(s) match</source>
        <translation>
            <numerusform>%n paragraph matches</numerusform>
            <numerusform>%n paragraphs match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message numerus="yes">
        <source>%Ln lever(s)</source>
        <translation>
            <numerusform>%Ln lever</numerusform>
            <numerusform>%Ln levers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopDominanceChart</name>
    <message numerus="yes">
        <source>%n other loop(s)</source>
        <translation>
            <numerusform>%n other loop</numerusform>
            <numerusform>%n other loops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge(s)</source>
        <translation>
            <numerusform>%Ln edge</numerusform>
            <numerusform>%Ln edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln node(s)</source>
        <translation>
            <numerusform>Copied %Ln node</numerusform>
            <numerusform>Copied %Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) match “{text}”</source>
        <translation>
            <numerusform>%Ln node matches “{text}”</numerusform>
            <numerusform>%Ln nodes match “{text}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message numerus="yes">
        <source>%n note(s) on the import:</source>
        <translation>
            <numerusform>%n note on the import:</numerusform>
            <numerusform>%n notes on the import:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on reading the file:</source>
        <translation>
            <numerusform>%n change made on reading the file:</numerusform>
            <numerusform>%n changes made on reading the file:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on reading the file:</source>
        <translation>
            <numerusform>%n note on reading the file:</numerusform>
            <numerusform>%n notes on reading the file:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message numerus="yes">
        <source>Imported %n participant(s)</source>
        <translation>
            <numerusform>Imported %n participant</numerusform>
            <numerusform>Imported %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation>
            <numerusform>%n participant.</numerusform>
            <numerusform>%n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n of the map&apos;s {edges} edges that they rated weigh the {method} of their ratings ({zeros}); the others keep the map&apos;s own weights.</source>
        <translation>
            <numerusform>The one edge of the map&apos;s {edges} that they rated weighs the {method} of their ratings ({zeros}); the others keep the map&apos;s own weights.</numerusform>
            <numerusform>The %n of the map&apos;s {edges} edges that they rated weigh the {method} of their ratings ({zeros}); the others keep the map&apos;s own weights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{entropy} (counting the %n who did not rate it as “no causality”)</source>
        <translation>
            <numerusform>{entropy} (counting the %n who did not rate it as “no causality”)</numerusform>
            <numerusform>{entropy} (counting the %n who did not rate it as “no causality”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <source>%n selected item(s) now cite it.</source>
        <translation>
            <numerusform>%n selected item now cites it.</numerusform>
            <numerusform>%n selected items now cite it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) no longer cite it.</source>
        <translation>
            <numerusform>%n selected item no longer cites it.</numerusform>
            <numerusform>%n selected items no longer cite it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message numerus="yes">
        <source>%n feedback loop(s): {reinforcing} reinforcing (a change feeds itself), {balancing} balancing (a change damps itself); {note}. Click a loop to highlight it.</source>
        <translation>
            <numerusform>%n feedback loop: {reinforcing} reinforcing (a change feeds itself), {balancing} balancing (a change damps itself); {note}. Click a loop to highlight it.</numerusform>
            <numerusform>%n feedback loops: {reinforcing} reinforcing (a change feeds itself), {balancing} balancing (a change damps itself); {note}. Click a loop to highlight it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message numerus="yes">
        <source>%n smaller route(s)</source>
        <translation>
            <numerusform>%n smaller route</numerusform>
            <numerusform>%n smaller routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) from the levers through the map over time (around loops too), largest first; {note}.</source>
        <translation>
            <numerusform>%n route from the levers through the map over time (around loops too), largest first; {note}.</numerusform>
            <numerusform>%n routes from the levers through the map over time (around loops too), largest first; {note}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>settings in %n scenario(s)</source>
        <translation>
            <numerusform>settings in %n scenario</numerusform>
            <numerusform>settings in %n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant rating(s)</source>
        <translation>
            <numerusform>%n participant rating</numerusform>
            <numerusform>%n participant ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the convergence nodes</source>
        <translation>
            <numerusform>%n of the convergence nodes</numerusform>
            <numerusform>%n of the convergence nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message numerus="yes">
        <source>Reverse %n edge(s)</source>
        <translation>
            <numerusform>Reverse edge</numerusform>
            <numerusform>Reverse edges</numerusform>
        </translation>
    </message>
</context>
</TS>
