#!/usr/bin/env python3
"""Re-renders JSON Resume gold CVs (with cvmatch's dev-set `meta`) as plain text in ten layouts, to measure how the
parser does on layouts it was not developed on.

usage: relayout.py GOLD_DIR OUT_DIR
  GOLD_DIR  e.g. ../shared/corpus/dev/cvs (reads <id>.json)
  OUT_DIR   writes OUT_DIR/s1 .. s10/cvs/<id>.txt and a copy of <id>.json beside each
Layouts: s1 dates first; s2 company in capitals, title, dates on their own lines; s3 pipe one-liners with
"Heading:"; s4 Markdown; s5 "Title at/chez Company, City (YYYY-MM to YYYY-MM)"; s6 Europass labels; s7 dates
right-aligned with spaces; s8 "COMPANY — City" then "Title<TAB>dates"; s9 "From ... to ..."/"Since ..." with
the contact block at the end; s10 company line then "Title (dates)".
Then, for each layout: cvmatch parse --format jsonresume --as-of 2025-06 --out PRED OUT_DIR/sN/cvs/*.txt and
python3 ../shared/eval/score_fields.py OUT_DIR/sN/cvs PRED.
"""
import json,glob,os,shutil,sys
FR_M=['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.']
EN_M=['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
def d(s,fr,style):
    if not s: return ("Présent" if fr else "Present") if style%2 else ("aujourd'hui" if fr else "Now")
    if len(s)==4: return s
    y,m=s.split('-'); m=int(m)
    if style in (1,3): return f"{m:02d}/{y}"
    if style==2: return (FR_M if fr else EN_M)[m-1].capitalize()+" "+y
    if style==4: return (FR_M if fr else EN_M)[m-1]+" "+y
    return f"{y}-{m:02d}"
def heads(fr):
    return (["Expérience professionnelle","Formation","Compétences","Langues","Certifications"] if fr else
            ["Work Experience","Education","Skills","Languages","Certifications"])
def H(t,style):
    if style==1: return ["",t]
    if style==2: return ["",t.upper()]
    if style==3: return ["",t+" :" if False else t+":"]
    if style==4: return ["","## "+t]
    return ["",t.upper(),"-"*len(t)]
def render(g,style):
    fr=g['meta']['lang']=='fr'; b=g['basics']; L=[]
    L.append("# "+b['name'] if style==4 else b['name'])
    if b.get('label'): L.append(b['label'])
    loc=(b.get('location') or {}).get('city')
    parts=[x for x in [b.get('email'),b.get('phone'),loc] if x]
    L.append(" | ".join(parts) if style!=2 else " • ".join(parts))
    hs=heads(fr)
    if b.get('summary'):
        L+=H("Profil" if fr else "Profile",style); L.append(b['summary'])
    L+=H(hs[0],style)
    for w in g.get('work',[]):
        s=d(w.get('startDate'),fr,style); e=d(w.get('endDate'),fr,style); loc=w.get('location')
        pos,co=w.get('position'),w.get('name')
        if style==1:
            L.append(f"{s} – {e}    {pos} — {co}"+(f" ({loc})" if loc else ""))
        elif style==2:
            L.append((co.upper() if co else "")+(f", {loc}" if loc else "")); L.append(pos); L.append(f"{s} - {e}")
        elif style==3:
            L.append(" | ".join(x for x in [pos,co,loc,f"{s} – {e}"] if x))
        elif style==4:
            L.append(f"### {pos} @ {co}"); L.append("*"+(loc+" · " if loc else "")+f"{s} – {e}*")
        else:
            L.append(f"{pos} {'chez' if fr else 'at'} {co}"+(f", {loc}" if loc else "")+f" ({s} {'à' if fr else 'to'} {e})")
        for h in w.get('highlights',[]): L.append(("- " if style in (2,4) else "• ")+h)
        L.append("")
    L+=H(hs[1],style)
    for ed in g.get('education',[]):
        s=ed.get('startDate'); e=ed.get('endDate'); dt=(f"{s} – {e}" if s and e else (e or s or ""))
        deg=ed.get('studyType') or ""; area=ed.get('area'); inst=ed.get('institution') or ""
        title=deg+(f" {'en' if fr else 'in'} {area}" if area and deg else (area or ""))
        if style==1: L.append(f"{dt}    {title} — {inst}")
        elif style==2: L.append(inst.upper()); L.append(deg+(f", {area}" if area else "")); L.append(dt.replace('–','-'))
        elif style==3: L.append(" | ".join(x for x in [title,inst,dt] if x))
        elif style==4: L.append(f"### {title}"); L.append(f"*{inst}, {dt}*")
        else: L.append(f"{title}, {inst} ({dt.replace(' – ','-')})")
    L+=H(hs[2],style)
    for sk in g.get('skills',[]):
        kw=sk.get('keywords',[])
        if style==2: L.append(sk['name']); L.append(" · ".join(kw))
        else: L.append(f"{sk['name']} : "+", ".join(kw) if fr else f"{sk['name']}: "+", ".join(kw))
    if g.get('languages'):
        L+=H(hs[3],style)
        items=[f"{l['language']} ({l['fluency']})" if l.get('fluency') else l['language'] for l in g['languages']]
        if style in (2,4): L+=["- "+i for i in items]
        else: L.append(", ".join(items))
    if g.get('certificates'):
        L+=H(hs[4],style)
        for c in g['certificates']:
            L.append("- "+c['name']+(f" — {c['issuer']}" if c.get('issuer') else "")+(f" ({c['date']})" if c.get('date') else ""))
    return "\n".join(L)+"\n"
FR_FULL=['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
EN_FULL=['January','February','March','April','May','June','July','August','September','October','November','December']
def dfull(s,fr):
    if not s: return None
    if len(s)==4: return s
    y,m=s.split('-'); return (FR_FULL if fr else EN_FULL)[int(m)-1]+" "+y
def render2(g,style):
    fr=g['meta']['lang']=='fr'; b=g['basics']; L=[]
    hs=heads(fr)
    L.append(b['name']);
    if b.get('label'): L.append(b['label'])
    loc=(b.get('location') or {}).get('city')
    if style!=9:
        L.append("   ".join(x for x in [b.get('email'),b.get('phone'),loc] if x))
    if b.get('summary'): L+=["",b['summary']]
    L+=["",hs[0].upper() if style!=8 else hs[0]]
    for w in g.get('work',[]):
        s=dfull(w.get('startDate'),fr); e=dfull(w.get('endDate'),fr); wloc=w.get('location'); pos,co=w.get('position'),w.get('name')
        if style==6:
            L+=[("Dates" if not fr else "Dates")+"\t"+(f"{s} – {e}" if e else (f"Depuis {s}" if fr else f"Since {s}")),
                ("Poste occupé" if fr else "Occupation or position held")+"\t"+pos,
                ("Nom de l'employeur" if fr else "Name of employer")+"\t"+co+(f", {wloc}" if wloc else "")]
        elif style==7:
            left=f"{pos}, {co}"+(f", {wloc}" if wloc else ""); right=f"{s} – {e or ('présent' if fr else 'present')}"
            L.append(left+" "*max(4,90-len(left)-len(right))+right)
        elif style==8:
            L.append(co.upper()+(f" — {wloc}" if wloc else "")); L.append(pos+"\t"+(f"{s} - {e}" if e else (f"depuis {s}" if fr else f"{s} - present")))
        elif style==9:
            ys=w.get('startDate','')[:4]; ye=(w.get('endDate') or '')[:4]
            L.append(f"{pos} – {co}"+(f" ({wloc})" if wloc else "")); L.append((f"De {dfull(w.get('startDate'),fr)} à {dfull(w.get('endDate'),fr)}" if fr else f"From {s} to {e}") if e else (f"Depuis {s}" if fr else f"Since {s}"))
        else:
            L.append(f"{co}, {wloc or ''}".strip(', ')); L.append(f"{pos} ({s} – {e or ('aujourd’hui' if fr else 'today')})")
        for h in w.get('highlights',[]): L.append("▪ "+h)
        L.append("")
    L+=[hs[1].upper() if style!=8 else hs[1]]
    for ed in g.get('education',[]):
        s=ed.get('startDate'); e=ed.get('endDate'); dt=(f"{s} – {e}" if s and e else (e or s or ""))
        deg=ed.get('studyType') or ""; area=ed.get('area'); inst=ed.get('institution') or ""
        if style==6: L+=["Dates\t"+dt, ("Diplôme" if fr else "Title of qualification awarded")+"\t"+deg+(f" – {area}" if area else ""), ("Établissement" if fr else "Organisation providing education")+"\t"+inst]
        elif style==7:
            left=f"{deg}"+(f", {area}" if area else "")+f", {inst}"; L.append(left+" "*max(4,90-len(left)-len(dt))+dt)
        elif style==8: L.append(inst.upper()); L.append(deg+(f" — {area}" if area else "")+"\t"+dt)
        elif style==9: L.append(f"{deg}"+(f" ({area})" if area else "")+f" – {inst} – {e or s}")
        else: L.append(f"{inst}"); L.append(f"{deg}"+(f" en {area}" if fr and area else (f" in {area}" if area else ""))+f" ({dt})")
    L+=["",hs[2].upper()]
    for sk in g.get('skills',[]): L.append(", ".join(sk.get('keywords',[])))
    if g.get('languages'):
        L+=["",hs[3].upper()]
        for l in g['languages']: L.append(f"{l['language']} : {l.get('fluency','')}" if fr else f"{l['language']}: {l.get('fluency','')}")
    if g.get('certificates'):
        L+=["",hs[4].upper()]
        for c in g['certificates']: L.append(c['name']+(f", {c['issuer']}" if c.get('issuer') else "")+(f", {c['date'][:4]}" if c.get('date') else ""))
    if style==9:
        L+=["","CONTACT",b.get('email',''),b.get('phone',''),loc or '']
    return "\n".join(L)+"\n"
def write(gold_dir, out_dir):
  for style in range(1,6):
    out=f"{out_dir}/s{style}"; shutil.rmtree(out,ignore_errors=True); os.makedirs(out+"/cvs")
    for f in sorted(glob.glob(gold_dir+'/*.json')):
        g=json.load(open(f)); i=os.path.basename(f)[:-5]
        open(f"{out}/cvs/{i}.txt","w").write(render(g,style)); shutil.copy(f,f"{out}/cvs/{i}.json")

  for style in range(6,11):
    out=f"{out_dir}/s{style}"; shutil.rmtree(out,ignore_errors=True); os.makedirs(out+"/cvs")
    for f in sorted(glob.glob(gold_dir+'/*.json')):
        g=json.load(open(f)); i=os.path.basename(f)[:-5]
        open(f"{out}/cvs/{i}.txt","w").write(render2(g,style)); shutil.copy(f,f"{out}/cvs/{i}.json")

if __name__ == "__main__":
    write(sys.argv[1], sys.argv[2])
